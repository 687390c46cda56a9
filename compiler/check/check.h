// Semantic checks on the resolved model and lints on lowered policy
// documents. Each finding is a coded diagnostic pointing at the offending
// setting, with notes at related settings and a help line naming the fix.
#pragma once
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "ir/model.h"
#include "lower/lower.h"
#include "policy/document.h"

namespace bslc::check {

struct Options {
  // Symmetric KMS cryptographic request quota per region (requests/second).
  // Empty: the built-in table (kms_quota.h).
  std::vector<std::pair<std::string, int64_t>> kms_quota_overrides;
};

// Checks on the model alone (values, per-bucket settings, cross-bucket rules).
void check_model(const ir::Model& model, diag::DiagnosticSink& sink, const Options& options = {});

// Lints on the documents lowering produced for the model.
void check_outputs(const ir::Model& model, const lower::Output& output, diag::DiagnosticSink& sink);

}  // namespace bslc::check
