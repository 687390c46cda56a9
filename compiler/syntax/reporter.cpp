#include "syntax/reporter.h"

#include <fmt/format.h>

#include <algorithm>

namespace bslc::syntax {

Reporter::Reporter(diag::DiagnosticSink& sink, SourcePtr source, int max_errors)
    : sink_(sink), source_(std::move(source)), max_errors_(max_errors < 1 ? 1 : max_errors) {}

diag::Diagnostic* Reporter::error(diag::Code code, Span span, std::string message, std::string help) {
  if (stopped_ || !offsets_.insert(span.begin).second) return nullptr;
  if (count_ == max_errors_) {
    stopped_ = true;
    diags_.push_back(diag::make(diag::Code::E0110, at(span),
                                fmt::format("too many errors, stopped after the first {}", max_errors_),
                                "fix the errors above and compile again to see the rest"));
    return &diags_.back();
  }
  ++count_;
  diags_.push_back(diag::make(code, at(span), std::move(message), std::move(help)));
  return &diags_.back();
}

void Reporter::fault(std::string message, std::string help) {
  diags_.push_back(diag::make(diag::Code::E0101, at(Span{}), std::move(message), std::move(help)));
}

void Reporter::flush() {
  std::stable_sort(diags_.begin(), diags_.end(), [](const diag::Diagnostic& a, const diag::Diagnostic& b) {
    const bool a_cap = a.code == diag::Code::E0110, b_cap = b.code == diag::Code::E0110;
    if (a_cap != b_cap) return b_cap;
    return a.loc.span.begin < b.loc.span.begin;
  });
  sink_.append(std::move(diags_));
  diags_.clear();
}

}  // namespace bslc::syntax
