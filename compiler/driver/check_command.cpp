// bslc check: every stage of compile, in memory; nothing is written, and the
// notes on what CloudFormation/Terraform cannot express are left to compile. Each
// FILE is its own compilation (as a linter would treat it), so a pre-commit
// hook or CI job can pass many unrelated specs at once; one summary counts all.
#include "driver/commands.h"
#include "driver/exit_codes.h"
#include "driver/guard.h"
#include "driver/pipeline.h"

namespace bslc::driver {

int run_check(const CheckOptions& options, Streams streams) {
  return guarded(streams, [&] {
    if (!validate_diag_options(options.diag, streams.err)) return kExitUsage;
    std::vector<diag::Diagnostic> all;
    std::vector<std::string> output_errors;
    for (const auto& file : options.files) {
      PipelineResult result = run_pipeline({file}, PipelineOptions{.target_warnings = false});
      for (auto& d : result.diagnostics) all.push_back(std::move(d));
      if (result.tree && !result.tree->error.empty()) output_errors.push_back(file + ": " + result.tree->error);
    }
    const auto diagnostics = filter_diagnostics(std::move(all), options.diag);
    report_diagnostics(diagnostics, options.diag, streams);
    for (const auto& e : output_errors) streams.err << "bslc: error: " << e << "\n";
    return has_errors(diagnostics) || !output_errors.empty() ? kExitFindings : kExitOk;
  });
}

}  // namespace bslc::driver
