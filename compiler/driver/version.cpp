#include "driver/version.h"

#include <cstdlib>

namespace bslc::driver {

std::string version_string() { return std::string(BSLC_VERSION) + " (git " + kGitRevision + ")"; }

std::string docs_url() {
  if (const char* env = std::getenv("BSLC_DOCS_URL"); env != nullptr) return env;
  return BSLC_DOCS_URL;
}

}  // namespace bslc::driver
