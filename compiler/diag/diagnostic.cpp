#include "diag/diagnostic.h"

#include <algorithm>

namespace bslc::diag {

const std::vector<CodeInfo>& all_codes() {
  static const std::vector<CodeInfo> table = {
#define BSLC_CODE(id, sev, title) CodeInfo{Code::id, #id, Severity::sev, title},
#include "diag/codes.def"
#undef BSLC_CODE
  };
  return table;
}

const CodeInfo& info(Code code) { return all_codes()[static_cast<size_t>(code)]; }

std::optional<Code> parse_code(std::string_view id) {
  for (const auto& c : all_codes()) {
    if (c.id.size() == id.size() && std::equal(id.begin(), id.end(), c.id.begin(), [](char a, char b) {
          return std::toupper(static_cast<unsigned char>(a)) == b;
        }))
      return c.code;
  }
  return std::nullopt;
}

std::string_view severity_name(Severity s) {
  switch (s) {
    case Severity::Note: return "note";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
  }
  return "error";
}

Diagnostic make(Code code, Location loc, std::string message, std::string help) {
  Diagnostic d;
  d.severity = info(code).default_severity;
  d.code = code;
  d.message = std::move(message);
  d.loc = std::move(loc);
  d.help = std::move(help);
  return d;
}

Diagnostic& DiagnosticSink::report(Diagnostic d) {
  diags_.push_back(std::move(d));
  return diags_.back();
}

size_t DiagnosticSink::count(Severity s) const {
  return static_cast<size_t>(
      std::count_if(diags_.begin(), diags_.end(), [s](const Diagnostic& d) { return d.severity == s; }));
}

void DiagnosticSink::append(std::vector<Diagnostic> more) {
  for (auto& d : more) diags_.push_back(std::move(d));
}

void DiagnosticSink::sort() {
  std::stable_sort(diags_.begin(), diags_.end(), [](const Diagnostic& a, const Diagnostic& b) {
    const std::string& an = a.loc.source ? a.loc.source->name() : std::string();
    const std::string& bn = b.loc.source ? b.loc.source->name() : std::string();
    if (an != bn) return an < bn;
    if (a.loc.span.begin != b.loc.span.begin) return a.loc.span.begin < b.loc.span.begin;
    return static_cast<int>(a.code) < static_cast<int>(b.code);
  });
}

}  // namespace bslc::diag
