// Baselines: the findings a team has seen and accepted for now, so `bslc
// check` can fail only on new ones (as tflint's and checkov's baselines do).
// An entry is keyed by file, scope (the enclosing `bucket records`, see
// Diagnostic::scope) and code, with a count: never by line, so edits that move
// lines keep it matching, and a new finding in another file or bucket is
// never swallowed. Errors are never baselined: they stop compilation.
//
// File format (written by --write-baseline; paths relative to the baseline's folder):
//   {
//     "version": 1,
//     "findings": [
//       {"file": "specs/a.bsl", "scope": "bucket records", "code": "W0401", "count": 1}
//     ]
//   }
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"

namespace bslc::driver {

struct BaselineEntry {
  std::string file;  // relative to the baseline file's folder, '/'-separated
  std::string scope;
  std::string code;
  size_t count = 1;
  uint32_t line = 0;  // where the entry is in the baseline file (for W0801)
};

struct Baseline {
  std::filesystem::path path;
  SourcePtr source;  // the file's text, for locating stale entries
  std::vector<BaselineEntry> entries;
};

// Reads a baseline; a malformed one is E0802 in `problems`. A missing file
// is an empty baseline (a new project starts with none).
std::optional<Baseline> read_baseline(const std::filesystem::path& path, std::vector<diag::Diagnostic>& problems);

// The baseline text for these findings (warnings and notes; never errors).
std::string render_baseline(const std::vector<diag::Diagnostic>& ds, const std::filesystem::path& baseline_path);

struct BaselineOutcome {
  std::vector<diag::Diagnostic> kept;  // findings the baseline does not cover
  size_t hidden = 0;
  // W0801 for each entry about a checked file that matched fewer findings than its count.
  std::vector<diag::Diagnostic> stale;
};

// `checked`: the spec files of this run; entries about other files are not judged stale.
BaselineOutcome apply_baseline(std::vector<diag::Diagnostic> ds, const Baseline& baseline,
                               const std::vector<std::string>& checked);

}  // namespace bslc::driver
