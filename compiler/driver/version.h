// The version bslc reports (`bslc --version`, SARIF tool.driver.version):
// the project version from CMake plus the git revision it was built from.
#pragma once
#include <string>

namespace bslc::driver {

extern const char* const kGitRevision;  // "abc123def456", "...-dirty" or "unknown" (generated)

// "0.1.0 (git abc123def456)"
std::string version_string();

// The URL of docs/diagnostics.md that SARIF rules link to: $BSLC_DOCS_URL when
// set, else the configured BSLC_DOCS_URL (the installed copy by default).
std::string docs_url();

}  // namespace bslc::driver
