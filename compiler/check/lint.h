// Lints on policy documents (E06xx/W06xx). They read only a policy::Document,
// so the same lints run on what bslc generated (check_outputs) and on policies
// users wrote by hand (the driver reads them with policy/json.h and maps each
// finding's statement index to a location in the JSON file).
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "policy/document.h"

namespace bslc::check {

struct LintOptions {
  // The document is bslc's own output. Deny statements there choose their
  // operators deliberately (the model checks explain the consequences at the
  // spec line), so the Deny-side missing-key and lockout lints stay quiet.
  bool generated = false;
};

struct Finding {
  diag::Code code = diag::Code::W0601;
  size_t statement = 0;           // index into Document::statements
  std::string sid;                // that statement's Sid, may be empty
  std::optional<size_t> related;  // the other statement of a duplicate or shadowing pair
  std::string message;            // one sentence; names the statement by Sid or `Statement[i]`
  std::string help;
};

// Findings in statement order; within a statement, in the order of the checks.
std::vector<Finding> lint_document(const policy::Document& document, const LintOptions& options = {});

// A diagnostic with the code's default severity at `at`; `related_at` (when
// valid) becomes a note at the other statement of a pair.
diag::Diagnostic to_diagnostic(const Finding& finding, Location at, Location related_at = {});

// How messages name a statement: "statement `Sid`" or "`Statement[3]`".
std::string statement_label(const policy::Document& document, size_t index);

}  // namespace bslc::check
