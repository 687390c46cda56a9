// bslc check: every stage of compile, in memory; nothing is written, and the
// notes on what CloudFormation/Terraform cannot express are left to compile. Each
// FILE is its own compilation (as a linter would treat it), so a pre-commit
// hook or CI job can pass many unrelated specs at once; one summary counts all.
#include "driver/commands.h"
#include "driver/exit_codes.h"
#include "driver/guard.h"
#include "driver/parallel.h"
#include "driver/pipeline.h"

namespace bslc::driver {

int run_check(const CheckOptions& options, Streams streams) {
  return guarded(streams, [&] {
    if (!validate_diag_options(options.diag, streams.err)) return kExitUsage;
    struct Checked {
      std::vector<diag::Diagnostic> diagnostics;
      std::string output_error;
    };
    // Files are independent compilations: checked in parallel, gathered in input order.
    const auto checked =
        run_parallel<Checked>(options.files.size(), options.jobs ? options.jobs : default_jobs(), [&](size_t i) {
          const std::string& file = options.files[i];
          PipelineResult result = run_pipeline({file}, PipelineOptions{.target_warnings = false});
          Checked c{std::move(result.diagnostics), {}};
          if (result.tree && !result.tree->error.empty()) c.output_error = file + ": " + result.tree->error;
          return c;
        });
    std::vector<diag::Diagnostic> all;
    std::vector<std::string> output_errors;
    for (const auto& c : checked) {
      all.insert(all.end(), c.diagnostics.begin(), c.diagnostics.end());
      if (!c.output_error.empty()) output_errors.push_back(c.output_error);
    }
    const auto diagnostics = filter_diagnostics(std::move(all), options.diag);
    report_diagnostics(diagnostics, options.diag, streams);
    for (const auto& e : output_errors) streams.err << "bslc: error: " << e << "\n";
    return has_errors(diagnostics) || !output_errors.empty() ? kExitFindings : kExitOk;
  });
}

}  // namespace bslc::driver
