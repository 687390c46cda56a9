// bslc verify: prove or refute every property of each spec (its `property`
// blocks and the built-in properties of each bucket) on the documents as
// emitted, or claims given with --property about a hand-written policy.
// Prints one line per property and closes with "N proved, M violated, K
// unknown"; exit 1 when any property is violated or unknown.
#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "driver/bucket_config.h"
#include "driver/commands.h"
#include "driver/exit_codes.h"
#include "driver/guard.h"
#include "driver/pipeline.h"
#include "driver/simulate_target.h"
#include "sema/analyze.h"

namespace bslc::driver {
namespace {

using verify::Verdict;

struct Tally {
  size_t proved = 0, violated = 0, unknown = 0, acknowledged = 0;
};

std::string where(const Location& loc) {
  if (!loc.valid()) return "?";
  return fmt::format("{}:{}", loc.source->name(), loc.source->line_col(loc.span.begin).line);
}

bool acknowledged(const ir::Model& model, const ClaimResult& r) {
  if (!r.claim.builtin) return false;
  const ir::Bucket* b = model.find_bucket(r.bucket_id);
  if (!b) return false;
  const std::string code(diag::info(*r.claim.builtin).id);
  for (const auto& a : b->acknowledgements)
    if (a.code == code) return true;
  return false;
}

std::string label(const ClaimResult& r) {
  if (r.claim.builtin)
    return fmt::format("[{}] bucket {}: {}", diag::info(*r.claim.builtin).id, r.bucket_id, r.claim.title);
  return fmt::format("\"{}\"", r.claim.title);
}

void print_text(const std::string& spec, const ClaimResult& r, bool ack, std::ostream& out) {
  const auto& o = r.outcome;
  const std::string verdict = !r.claim.problem.empty()              ? "UNKNOWN"
                              : ack && o.verdict != Verdict::Proved ? "ACKNOWLEDGED"
                                                                    : std::string(verify::to_string(o.verdict));
  out << fmt::format("{:<9} {}  {}  ({:.0f} ms)\n", verdict, where(r.claim.loc), label(r), o.millis);
  if (!r.claim.problem.empty()) out << "          " << r.claim.problem << "\n";
  if (o.verdict == Verdict::Unknown && r.claim.problem.empty()) out << "          " << o.reason << "\n";
  if (o.verdict == Verdict::Violated && r.claim.claim.kind == verify::Claim::Kind::Possible)
    out << "          " << o.reason << "\n";
  if (o.verdict != Verdict::Violated || !o.counterexample || r.claim.claim.kind == verify::Claim::Kind::Possible)
    return;
  const auto& cex = *o.counterexample;
  out << "          counterexample: " << describe_request(cex.request) << "\n";
  if (!cex.absent_keys.empty()) {
    std::string keys;
    for (const auto& k : cex.absent_keys) keys += (keys.empty() ? "" : ", ") + k;
    out << "          absent: " << keys << "\n";
  }
  if (!cex.assumed_identity_actions.empty()) {
    std::string actions;
    for (const auto& a : cex.assumed_identity_actions) actions += (actions.empty() ? "" : ", ") + a;
    out << "          assuming the caller's account attaches an identity policy allowing " << actions << "\n";
  }
  out << "          simulator: " << sim::to_string(cex.decision);
  for (const auto& sid : cex.deciding) {
    const auto it = r.sources.find(sid);
    out << " " << sid << (it == r.sources.end() ? "" : " (" + where(it->second) + ")");
  }
  out << "\n";
  if (!spec.empty()) out << "          replay: " << simulate_command(spec, r.bucket_id, cex.request) << "\n";
  out << "          request: " << request_line("counterexample", cex.request) << "\n";
}

nlohmann::ordered_json to_json(const ClaimResult& r, bool ack) {
  nlohmann::ordered_json j;
  j["property"] = r.claim.title;
  j["bucket"] = r.bucket_id;
  j["builtin"] = r.claim.builtin ? std::string(diag::info(*r.claim.builtin).id) : std::string();
  j["file"] = r.claim.loc.valid() ? r.claim.loc.source->name() : "";
  j["line"] = r.claim.loc.valid() ? r.claim.loc.source->line_col(r.claim.loc.span.begin).line : 0;
  j["verdict"] = r.claim.problem.empty() ? std::string(verify::to_string(r.outcome.verdict)) : "UNKNOWN";
  j["acknowledged"] = ack;
  j["millis"] = static_cast<int64_t>(r.outcome.millis);
  j["reason"] = r.claim.problem.empty() ? r.outcome.reason : r.claim.problem;
  if (r.outcome.counterexample) {
    const auto& cex = *r.outcome.counterexample;
    j["counterexample"] = nlohmann::ordered_json::parse(request_line("counterexample", cex.request));
    j["simulator"] = std::string(sim::to_string(cex.decision));
    j["deciding"] = cex.deciding;
    j["assumed_identity_actions"] = cex.assumed_identity_actions;
  }
  return j;
}

void tally(const ClaimResult& r, bool ack, Tally& t) {
  if (!r.claim.problem.empty()) {
    ++t.unknown;
    return;
  }
  const bool failed = r.outcome.verdict != Verdict::Proved;
  if (failed && ack) {
    ++t.acknowledged;
    return;
  }
  switch (r.outcome.verdict) {
    case Verdict::Proved: ++t.proved; break;
    case Verdict::Violated: ++t.violated; break;
    case Verdict::Unknown: ++t.unknown; break;
  }
}

// A spec that states the policy's bucket and each --property as a claim about it.
std::string synthetic_spec(const VerifyCommandOptions& o, const std::string& bucket_name) {
  std::string text = fmt::format("bucket target {{\n  name \"{}\"\n", bucket_name);
  if (o.resource_account) text += fmt::format("  account \"{}\"\n", *o.resource_account);
  text += "}\n";
  for (size_t i = 0; i < o.properties.size(); ++i)
    text += fmt::format("property \"--property {}\" {{\n  {}\n}}\n", i + 1, o.properties[i]);
  return text;
}

int verify_policy(const VerifyCommandOptions& o, std::vector<ClaimResult>& results, Streams streams) {
  SimulateOptions so;
  so.policy = o.policy;
  so.identity = o.identity;
  so.kms_key_policy = o.kms_key_policy;
  so.settings = o.settings;
  so.resource_account = o.resource_account;
  SimulateTarget target;
  if (!apply_input_files(so, target, streams.err)) return kExitFindings;
  std::string arn = o.bucket_name ? "arn:aws:s3:::" + *o.bucket_name : target.bucket_arn;
  if (arn.empty())
    throw SimulateUsageError{"--bucket-name: the policy names no bucket ARN; say which bucket it guards"};
  if (o.properties.empty()) throw SimulateUsageError{"--property: give at least one claim to verify"};
  diag::DiagnosticSink sink;
  auto source = std::make_shared<Source>("--property", synthetic_spec(o, arn.substr(13)));
  sema::Analysis analysis = sema::analyze_sources({source}, ".", sink);
  auto diagnostics = filter_diagnostics(sink.take(), o.diag);
  if (!diagnostics.empty()) report_diagnostics(diagnostics, o.diag, streams);
  if (has_errors(diagnostics)) return kExitFindings;
  const ir::Bucket& bucket = analysis.model.buckets.front();
  std::vector<verify::NamedClaim> claims = verify::claims_for(analysis.model, bucket);
  std::erase_if(claims, [](const auto& c) { return c.builtin.has_value(); });
  if (o.open_world)
    for (auto& c : claims) c.claim.emitted_identities_only = false;
  std::vector<verify::Claim> encodable;
  for (const auto& c : claims) encodable.push_back(c.problem.empty() ? c.claim : verify::Claim{});
  verify::Options vo;
  vo.timeout = std::chrono::milliseconds(static_cast<int64_t>(o.timeout_seconds * 1000));
  verify::Verifier verifier(target.config, arn, encodable, vo);
  std::map<std::string, Location> sources;
  for (const auto& [sid, line] : target.lines) sources.emplace(sid, Location{});
  for (size_t i = 0; i < claims.size(); ++i) {
    ClaimResult r{"target", claims[i], {}, sources};
    if (claims[i].problem.empty()) r.outcome = verifier.check(i);
    results.push_back(std::move(r));
  }
  return -1;
}

}  // namespace

int run_verify(const VerifyCommandOptions& o, Streams streams) {
  return guarded(streams, [&]() -> int {
    if (!validate_diag_options(o.diag, streams.err)) return kExitUsage;
    if (o.policy.has_value() == !o.files.empty()) {
      streams.err << "bslc: error: give spec FILEs or --policy FILE (with --property), not both or neither\n";
      return kExitUsage;
    }
    if (!(o.timeout_seconds > 0)) {
      streams.err << "bslc: error: --timeout must be a positive number of seconds\n";
      return kExitUsage;
    }
    Tally t;
    nlohmann::ordered_json json = nlohmann::ordered_json::array();
    bool spec_errors = false;
    auto emit = [&](const std::string& spec, const ClaimResult& r, bool ack) {
      tally(r, ack, t);
      if (o.format == VerifyCommandOptions::Format::Json) {
        json.push_back(to_json(r, ack));
      } else {
        print_text(spec, r, ack, streams.out);
      }
    };
    if (o.policy) {
      std::vector<ClaimResult> results;
      try {
        if (const int code = verify_policy(o, results, streams); code >= 0) return code;
      } catch (const SimulateUsageError& e) {
        streams.err << "bslc: error: " << e.message << "\n";
        return kExitUsage;
      }
      for (const auto& r : results) emit("", r, false);
    }
    for (const auto& file : o.files) {
      PipelineOptions po{.target_warnings = false};
      po.verify_options.timeout = std::chrono::milliseconds(static_cast<int64_t>(o.timeout_seconds * 1000));
      po.verify_options.open_world = o.open_world;
      PipelineResult result = run_pipeline({file}, po);
      // The properties are this command's output; every other finding is reported as usual.
      std::erase_if(result.diagnostics, [](const diag::Diagnostic& d) {
        const std::string_view id = diag::info(d.code).id;
        return id.starts_with("E070") || id.starts_with("W070");
      });
      const auto diagnostics = filter_diagnostics(std::move(result.diagnostics), o.diag);
      if (!diagnostics.empty()) report_diagnostics(diagnostics, o.diag, streams);
      if (has_errors(diagnostics)) {
        spec_errors = true;
        streams.err << file << ": not verified: the spec has errors\n";
        continue;
      }
      for (const auto& r : result.verification) emit(file, r, acknowledged(result.analysis.model, r));
    }
    if (o.format == VerifyCommandOptions::Format::Json) streams.out << json.dump(2) << "\n";
    std::string closing = fmt::format("{} proved, {} violated, {} unknown", t.proved, t.violated, t.unknown);
    if (t.acknowledged) closing += fmt::format(", {} acknowledged", t.acknowledged);
    (o.format == VerifyCommandOptions::Format::Json ? streams.err : streams.out) << closing << "\n";
    return spec_errors || t.violated || t.unknown ? kExitFindings : kExitOk;
  });
}

}  // namespace bslc::driver
