// The compiler, shared by check, compile, test and simulate:
// parse + resolve (sema::analyze) -> check_model -> lower -> check_outputs
// -> emit (the in-memory output tree). Each stage runs only when the ones
// before it reported no error, because a later stage relies on what an
// earlier one validated. In-spec acknowledgements are applied after each
// stage; one that matched nothing is reported once every stage ran.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "driver/compile_outputs.h"
#include "driver/verification.h"
#include "lower/lower.h"
#include "sema/analyze.h"

namespace bslc::driver {

struct PipelineResult {
  sema::Analysis analysis;
  std::optional<lower::Output> documents;     // present once lowering ran
  std::optional<CompiledTree> tree;           // present once the emitters ran
  std::vector<diag::Diagnostic> diagnostics;  // every stage's findings, unfiltered
  size_t acknowledged = 0;                    // findings in-spec acknowledgements removed
  std::vector<ClaimResult> verification;      // once the outputs had no error: every property's outcome
};

struct PipelineOptions {
  TargetFormats formats;
  // The emitters' warnings say what CloudFormation or Terraform cannot
  // express (W05xx): news for `compile`, which writes those targets, noise
  // for `check`, `test` and `simulate`. The emitters still run for them, so
  // acknowledgements and output errors are judged the same way everywhere.
  bool target_warnings = true;
  // Prove the properties (written and built-in) on the emitted documents;
  // a failure is a diagnostic (E07xx, W07xx).
  bool verify = true;
  VerifyOptions verify_options;
};

// `files` must not be empty; sources.json paths are relative to the first one's folder.
PipelineResult run_pipeline(const std::vector<std::string>& files, const PipelineOptions& options = {});

}  // namespace bslc::driver
