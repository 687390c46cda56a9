// bslc import POLICY.json --bucket-name NAME --account ID [--settings S.json]
// [-o SPEC.bsl]: a bucket policy written as a BSL spec (policy_import.h), then
// proved: the spec is compiled and the access diff (verify/diff.h) between
// the policy and what the spec compiles to must be empty. Only then is the
// spec written (to -o, else stdout); otherwise the differences are shown and
// nothing is written. Both sides are judged with the callers' identity
// policies left out (the policy file has none), on the same bucket settings.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <regex>

#include "driver/bucket_config.h"
#include "driver/commands.h"
#include "driver/diff_report.h"
#include "driver/exit_codes.h"
#include "driver/file_replace.h"
#include "driver/guard.h"
#include "driver/pipeline.h"
#include "driver/policy_import.h"
#include "driver/simulate_target.h"
#include "policy/json.h"
#include "sim/inputs_json.h"
#include "verify/diff.h"

namespace bslc::driver {
namespace {

namespace fs = std::filesystem;

// The spec compiled from `text` in a scratch folder: its one bucket's simulated configuration.
struct Compiled {
  std::vector<diag::Diagnostic> diagnostics;
  std::optional<SimulatedBucket> bucket;
};
Compiled compile_text(const std::string& text) {
  std::string tmpl = (fs::temp_directory_path() / "bslc-import-XXXXXX").string();
  if (!::mkdtemp(tmpl.data())) throw std::runtime_error("cannot create a temporary folder");
  const fs::path spec = fs::path(tmpl) / "imported.bsl";
  std::ofstream(spec, std::ios::binary) << text;
  PipelineResult result = run_pipeline({spec.string()}, PipelineOptions{.target_warnings = false, .verify = false});
  Compiled out;
  out.diagnostics = std::move(result.diagnostics);
  if (result.documents && !result.analysis.model.buckets.empty() && !result.documents->buckets.empty())
    out.bucket = simulated_bucket(result.analysis.model.buckets.front(), result.documents->buckets.front());
  std::error_code ec;
  fs::remove_all(tmpl, ec);
  return out;
}

}  // namespace

int run_import(const ImportOptions& o, Streams streams) {
  return guarded(streams, [&]() -> int {
    const auto text = read_text(o.policy, streams.err);
    if (!text) return kExitFindings;
    policy::ReadResult read = policy::read_json(*text);
    for (const auto& e : read.errors)
      streams.err << "bslc: error: " << o.policy << ": " << e.path << ": " << e.message << "\n";
    if (!read.errors.empty()) return kExitFindings;

    ImportSource src;
    src.source_name = fs::path(o.policy).filename().string();
    src.policy = std::move(read.document);
    src.account = o.account;
    src.bucket_name = o.bucket_name.value_or("");
    if (src.bucket_name.empty()) {
      const std::string arn = bucket_arn_in(src.policy);
      if (!arn.empty()) src.bucket_name = arn.substr(std::string_view("arn:aws:s3:::").size());
    }
    if (src.bucket_name.empty()) {
      streams.err << "bslc: error: the policy names no bucket ARN: name the bucket with --bucket-name\n";
      return kExitUsage;
    }
    src.settings = new_bucket_settings();
    if (o.settings) {
      const auto settings_text = read_text(*o.settings, streams.err);
      if (!settings_text) return kExitFindings;
      auto settings = sim::read_bucket_settings(*settings_text);
      for (const auto& e : settings.errors)
        streams.err << "bslc: error: " << *o.settings << ": " << e.path << ": " << e.message << "\n";
      if (!settings.ok()) return kExitFindings;
      src.settings = std::move(settings.settings);
      src.settings_given = true;
    }

    // Import, compile, and rename a kept statement whose Sid the spec generates itself.
    std::set<std::string> taken;
    ImportedSpec spec;
    Compiled compiled;
    for (int pass = 0; pass < 2; ++pass) {
      spec = import_bucket_policy(src, taken);
      for (const auto& p : spec.problems) streams.err << "bslc: error: " << o.policy << ": " << p << "\n";
      if (!spec.problems.empty()) return kExitFindings;
      compiled = compile_text(spec.text);
      bool renamed = false;
      static const std::regex taken_sid("statement id `([A-Za-z0-9]+)` is already used");
      for (const auto& d : compiled.diagnostics) {
        std::smatch m;
        if (d.code == diag::Code::E0484 && std::regex_search(d.message, m, taken_sid))
          renamed = taken.insert(m[1]).second || renamed;
      }
      if (!renamed) break;
    }
    if (has_errors(compiled.diagnostics) || !compiled.bucket) {
      for (const auto& d : compiled.diagnostics)
        if (d.severity == diag::Severity::Error)
          streams.err << "bslc: internal error: the imported spec: " << d.message << "\n";
      streams.err << spec.text;
      return kExitInternal;
    }

    // The proof: the policy and the spec's bucket policy, on the same settings, allow the same requests.
    verify::DiffSide before;
    before.config.bucket_policy = src.policy;
    before.config.resource_account = src.account;
    before.config.settings = src.settings;
    verify::DiffSide after;
    after.config = std::move(compiled.bucket->config);
    after.config.identities.clear();
    const std::string arn = "arn:aws:s3:::" + src.bucket_name;
    BucketDiff d;
    d.name = src.bucket_name;
    d.status = "changed";
    d.access = verify::diff_access(
        before, after, arn, {.timeout = std::chrono::milliseconds(static_cast<int64_t>(o.timeout_seconds * 1000))});
    if (!d.access.changes.empty() || !d.access.incomplete.empty()) {
      streams.err << "bslc: error: the imported spec does not allow exactly what " << o.policy
                  << " allows; nothing written. The differences (+ allowed only by the spec, - only by the policy):\n";
      print_diff_text({d}, streams.err);
      return kExitFindings;
    }
    if (o.output) {
      if (!replace_file(*o.output, spec.text)) {
        streams.err << "bslc: error: cannot write `" << *o.output << "`\n";
        return kExitFindings;
      }
    } else {
      streams.out << spec.text;
    }
    streams.err << "proved: the spec allows exactly what " << o.policy << " allows; " << spec.recognised
                << " statements recognised as settings or grants, " << spec.kept << " kept as written\n";
    return kExitOk;
  });
}

}  // namespace bslc::driver
