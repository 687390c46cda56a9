#include "driver/pipeline.h"

#include <filesystem>

#include "check/acknowledge.h"
#include "check/check.h"
#include "driver/scopes.h"

namespace bslc::driver {
namespace {

bool any_error(const std::vector<diag::Diagnostic>& ds) {
  for (const auto& d : ds)
    if (d.severity == diag::Severity::Error) return true;
  return false;
}

// Moves one stage's findings into the result after in-spec acknowledgements
// (`acknowledge W0409 because "..."`) removed what they cover. Returns
// whether the stage left an error, which stops the pipeline.
bool finish_stage(diag::DiagnosticSink& stage, check::Acknowledger& ack, PipelineResult& result,
                  bool keep_warnings = true) {
  std::vector<diag::Diagnostic>& all = result.diagnostics;
  std::vector<diag::Diagnostic> found = stage.take();
  const size_t acknowledged = ack.apply(found);
  if (keep_warnings) result.acknowledged += acknowledged;  // else they would not have been shown anyway
  if (!keep_warnings)
    std::erase_if(found, [](const diag::Diagnostic& d) { return d.severity != diag::Severity::Error; });
  const bool failed = any_error(found);
  for (auto& d : found) all.push_back(std::move(d));
  return failed;
}

}  // namespace

namespace {
PipelineResult run_stages(const std::vector<std::string>& files, const PipelineOptions& options) {
  PipelineResult result;
  diag::DiagnosticSink front;
  result.analysis = sema::analyze(files, front);
  result.diagnostics = front.take();
  if (any_error(result.diagnostics) || files.empty()) return result;

  const ir::Model& model = result.analysis.model;
  check::Acknowledger ack(model);
  diag::DiagnosticSink stage;
  check::check_model(model, stage);
  if (finish_stage(stage, ack, result)) return result;

  result.documents = lower::lower(model, stage);
  check::check_outputs(model, *result.documents, stage);
  if (finish_stage(stage, ack, result)) return result;

  const std::filesystem::path base_dir = std::filesystem::path(files.front()).parent_path();
  result.tree = build_compiled_tree(model, *result.documents, options.formats, base_dir, stage);
  const bool output_errors = finish_stage(stage, ack, result, options.target_warnings);
  if (options.verify && !output_errors) {
    result.verification = verify_model(model, *result.documents, options.verify_options);
    report_claims(result.verification, stage);
    finish_stage(stage, ack, result);
  }
  // Only now is it known that an acknowledgement matched nothing at all.
  for (auto& d : ack.unused()) result.diagnostics.push_back(std::move(d));
  return result;
}
}  // namespace

PipelineResult run_pipeline(const std::vector<std::string>& files, const PipelineOptions& options) {
  PipelineResult result = run_stages(files, options);
  annotate_scopes(result.diagnostics, result.analysis.files);
  return result;
}

}  // namespace bslc::driver
