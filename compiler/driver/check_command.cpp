// bslc check: every stage of compile, in memory; nothing is written, and the
// notes on what CloudFormation/Terraform cannot express are left to compile. Each
// FILE is its own compilation (as a linter would treat it), so a pre-commit
// hook or CI job can pass many unrelated specs at once; one summary counts all.
// Each FILE gets the settings of its .bslc.yaml (project_config.h); a baseline
// (--baseline, or the config's) hides known findings (baseline.h).
#include <fstream>

#include "driver/baseline.h"
#include "driver/commands.h"
#include "driver/exit_codes.h"
#include "driver/guard.h"
#include "driver/parallel.h"
#include "driver/pipeline.h"
#include "driver/project_config.h"

namespace bslc::driver {
namespace {

std::vector<diag::Diagnostic> sorted(std::vector<diag::Diagnostic> ds) {
  diag::DiagnosticSink sink;
  sink.append(std::move(ds));
  sink.sort();
  return sink.take();
}

}  // namespace

int run_check(const CheckOptions& options, Streams streams) {
  return guarded(streams, [&] {
    if (!validate_diag_options(options.diag, streams.err)) return kExitUsage;
    // Each file's settings (its .bslc.yaml), read once, before the parallel part.
    Configs configs(options.diag);
    std::vector<DiagOptions> per_file;
    for (const auto& file : options.files) per_file.push_back(configs.options_for(file));
    if (!configs.problems().empty()) {
      report_diagnostics(configs.problems(), options.diag, streams);
      return kExitFindings;
    }
    struct Checked {
      std::vector<diag::Diagnostic> diagnostics;
      std::string output_error;
      size_t acknowledged = 0;
    };
    // Files are independent compilations: checked in parallel, gathered in input order.
    const auto checked =
        run_parallel<Checked>(options.files.size(), options.jobs ? options.jobs : default_jobs(), [&](size_t i) {
          const std::string& file = options.files[i];
          PipelineResult result = run_pipeline({file}, PipelineOptions{.target_warnings = false});
          Checked c{filter_diagnostics(std::move(result.diagnostics), per_file[i]), {}, result.acknowledged};
          if (result.tree && !result.tree->error.empty()) c.output_error = file + ": " + result.tree->error;
          return c;
        });
    std::vector<diag::Diagnostic> all;
    std::vector<std::string> output_errors;
    HiddenCounts hidden;
    for (const auto& c : checked) {
      all.insert(all.end(), c.diagnostics.begin(), c.diagnostics.end());
      hidden.acknowledged += c.acknowledged;
      if (!c.output_error.empty()) output_errors.push_back(c.output_error);
    }
    all = sorted(std::move(all));

    std::optional<std::filesystem::path> baseline_path = options.baseline;
    if (!baseline_path && !options.files.empty()) baseline_path = configs.baseline_for(options.files.front());
    if (options.write_baseline) {
      std::ofstream out(*options.write_baseline, std::ios::binary);
      out << render_baseline(all, *options.write_baseline);
      out.close();
      if (!out) {
        streams.err << "bslc: error: cannot write the baseline `" << *options.write_baseline << "`\n";
        return kExitFindings;
      }
      baseline_path = *options.write_baseline;
    }
    if (baseline_path) {
      std::vector<diag::Diagnostic> problems;
      const auto baseline = read_baseline(*baseline_path, problems);
      if (!baseline) {
        report_diagnostics(problems, options.diag, streams);
        return kExitFindings;
      }
      BaselineOutcome outcome = apply_baseline(std::move(all), *baseline, options.files);
      hidden.baselined = outcome.hidden;
      all = std::move(outcome.kept);
      for (auto& d : outcome.stale) all.push_back(std::move(d));
      all = sorted(std::move(all));
    }

    report_diagnostics(all, options.diag, streams, hidden);
    for (const auto& e : output_errors) streams.err << "bslc: error: " << e << "\n";
    return has_errors(all) || !output_errors.empty() ? kExitFindings : kExitOk;
  });
}

}  // namespace bslc::driver
