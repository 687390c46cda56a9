// How a command reports diagnostics: --format, --werror, --disable CODE.
// Filtering happens once, after every stage ran, so the exit code, the
// rendered list and the summary line always agree.
#pragma once
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "driver/streams.h"

namespace bslc::driver {

enum class DiagFormat { Text, Json };

struct DiagOptions {
  DiagFormat format = DiagFormat::Text;
  bool werror = false;                // warnings count as errors
  std::vector<std::string> disabled;  // codes to drop, e.g. "W0201"
  bool color = false;
};

// Checks --disable values: each must be a known code that is not an error
// (an error cannot be silenced, or broken output would be written). On
// failure writes a usage message to `err` and returns false.
bool validate_diag_options(const DiagOptions& options, std::ostream& err);

// Drops disabled codes and exact duplicates, applies --werror, sorts.
std::vector<diag::Diagnostic> filter_diagnostics(std::vector<diag::Diagnostic> ds, const DiagOptions& options);

bool has_errors(const std::vector<diag::Diagnostic>& ds);

// Text: each diagnostic then the summary line, all on `err`. JSON: the array
// on `out` (machine-readable, nothing else on stdout), the summary on `err`.
void report_diagnostics(const std::vector<diag::Diagnostic>& ds, const DiagOptions& options, Streams streams);

}  // namespace bslc::driver
