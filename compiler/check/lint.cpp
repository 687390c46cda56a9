#include "check/lint.h"

#include <fmt/format.h>

#include <algorithm>

#include "check/lint_detail.h"

namespace bslc::check {

std::string statement_label(const policy::Document& document, size_t index) {
  const std::string& sid = index < document.statements.size() ? document.statements[index].sid : std::string();
  return sid.empty() ? fmt::format("`Statement[{}]`", index) : fmt::format("statement `{}`", sid);
}

std::vector<Finding> lint_document(const policy::Document& document, const LintOptions& options) {
  std::vector<Finding> out;
  detail::LintContext ctx{document, options, out};
  for (size_t i = 0; i < document.statements.size(); ++i) {
    detail::lint_conditions(ctx, i);
    detail::lint_resources(ctx, i);
    if (!options.generated) detail::lint_lockout(ctx, i);
  }
  detail::lint_pairs(ctx);
  std::stable_sort(out.begin(), out.end(),
                   [](const Finding& a, const Finding& b) { return a.statement < b.statement; });
  return out;
}

diag::Diagnostic to_diagnostic(const Finding& finding, Location at, Location related_at) {
  diag::Diagnostic d = diag::make(finding.code, std::move(at), finding.message, finding.help);
  if (finding.related && related_at.valid()) d.note(std::move(related_at), "the other statement is here");
  return d;
}

}  // namespace bslc::check
