// Internal: the lint families behind lint_document, one file each.
#pragma once
#include <vector>

#include "check/lint.h"

namespace bslc::check::detail {

struct LintContext {
  const policy::Document& doc;
  const LintOptions& options;
  std::vector<Finding>& out;

  Finding& add(diag::Code code, size_t statement, std::string message, std::string help) {
    Finding f;
    f.code = code;
    f.statement = statement;
    f.sid = doc.statements[statement].sid;
    f.message = std::move(message);
    f.help = std::move(help);
    out.push_back(std::move(f));
    return out.back();
  }
  std::string label(size_t statement) const { return statement_label(doc, statement); }
};

// E0601 E0602 E0603 W0602 W0603 W0604 W0607: one statement's Condition block.
void lint_conditions(LintContext& ctx, size_t statement);
// W0601: actions that apply to none of the statement's resources.
void lint_resources(LintContext& ctx, size_t statement);
// W0608: a deny no administrator session escapes, on the bucket policy actions.
void lint_lockout(LintContext& ctx, size_t statement);
// E0604 W0605 W0606: pairs of statements.
void lint_pairs(LintContext& ctx);

}  // namespace bslc::check::detail
