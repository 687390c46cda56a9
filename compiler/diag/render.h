// Renders diagnostics for people (text, with source excerpts and carets) and
// for machines (JSON). Both outputs are deterministic.
#pragma once
#include <string>
#include <vector>

#include "diag/diagnostic.h"

namespace bslc::diag {

struct TextStyle {
  bool color = false;
};

std::string render_text(const Diagnostic& d, const TextStyle& style = {});
std::string render_text(const std::vector<Diagnostic>& ds, const TextStyle& style = {});

// A JSON array; each element has severity, code, message, file, line, column,
// end_line, end_column, notes[], help.
std::string render_json(const std::vector<Diagnostic>& ds);

// "2 errors, 1 warning" style closing line, or "no problems found"; findings
// hidden by in-spec acknowledgements or a baseline are counted after it,
// "(2 acknowledged, 1 baselined)", when there are any.
std::string summary_line(const std::vector<Diagnostic>& ds, size_t acknowledged = 0, size_t baselined = 0);

}  // namespace bslc::diag
