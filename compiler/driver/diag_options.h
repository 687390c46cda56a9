// How a command reports diagnostics: --format, --werror, --disable CODE.
// The machine formats (json, sarif, github) go to stdout and nothing else
// does; the closing summary line always goes to stderr.
// Filtering happens once, after every stage ran, so the exit code, the
// rendered list and the summary line always agree.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"
#include "driver/streams.h"

namespace bslc::driver {

enum class DiagFormat { Text, Json, Sarif, Github, Junit };

// "text", "json", "sarif", "github", "junit"; nullopt for anything else.
std::optional<DiagFormat> parse_diag_format(std::string_view name);

struct DiagOptions {
  DiagFormat format = DiagFormat::Text;
  bool werror = false;                // warnings count as errors
  std::vector<std::string> disabled;  // codes to drop, e.g. "W0201"
  bool color = false;
  bool use_config = true;  // read .bslc.yaml (project_config.h); --no-config turns it off
};

// Findings that were hidden rather than reported, for the summary line.
struct HiddenCounts {
  size_t acknowledged = 0;  // by `acknowledge CODE because "..."` in the spec
  size_t baselined = 0;     // by the baseline
};

// Checks --disable values: each must be a known code that is not an error
// (an error cannot be silenced, or broken output would be written). On
// failure writes a usage message to `err` and returns false.
bool validate_diag_options(const DiagOptions& options, std::ostream& err);

// Drops disabled codes and exact duplicates, applies --werror, sorts.
std::vector<diag::Diagnostic> filter_diagnostics(std::vector<diag::Diagnostic> ds, const DiagOptions& options);

bool has_errors(const std::vector<diag::Diagnostic>& ds);

// Text: each diagnostic then the summary line, all on `err`. JSON, SARIF,
// GitHub annotations: on `out` (machine-readable, nothing else on stdout),
// the summary on `err`. JUnit is for test results (run_test renders it);
// here it falls back to text.
void report_diagnostics(const std::vector<diag::Diagnostic>& ds, const DiagOptions& options, Streams streams,
                        const HiddenCounts& hidden = {});

}  // namespace bslc::driver
