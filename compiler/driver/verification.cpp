#include "driver/verification.h"

#include <fmt/format.h>

#include <nlohmann/json.hpp>

#include "driver/bucket_config.h"

namespace bslc::driver {
namespace {

using verify::Verdict;

std::string shell_quote(const std::string& s) {
  bool plain = !s.empty();
  for (char c : s)
    plain = plain && (std::isalnum(static_cast<unsigned char>(c)) ||
                      std::string_view("-_./:=@,+*").find(c) != std::string_view::npos);
  if (plain) return s;
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

std::string quoted(const std::string& s) { return nlohmann::json(s).dump(); }

}  // namespace

std::string context_value_text(const sim::ContextValue& v) {
  switch (v.kind) {
    case sim::ContextValue::Kind::Bool:
    case sim::ContextValue::Kind::Number: return v.text;
    case sim::ContextValue::Kind::String: return quoted(v.text);
    case sim::ContextValue::Kind::List: break;
  }
  std::string out = "[";
  for (size_t i = 0; i < v.items.size(); ++i) out += (i ? ", " : "") + quoted(v.items[i]);
  return out + "]";
}

std::string describe_request(const sim::Request& r) {
  std::string out = fmt::format("{} {} `{}`", r.principal, r.action, r.resource);
  std::string with;
  for (const auto& e : r.context)
    with += fmt::format("{}{} = {}", with.empty() ? "" : ", ", e.key, context_value_text(e.value));
  if (!with.empty()) out += " with { " + with + " }";
  if (r.object) {
    std::string state;
    if (r.object->lock_mode) state += fmt::format("lock {}", sim::to_string(*r.object->lock_mode));
    if (r.object->legal_hold) state += fmt::format("{}legal hold", state.empty() ? "" : ", ");
    if (r.object->encryption)
      state +=
          fmt::format("{}stored with {}{}", state.empty() ? "" : ", ", sim::to_string(r.object->encryption->algorithm),
                      r.object->encryption->kms_key_arn.empty() ? "" : " " + r.object->encryption->kms_key_arn);
    out += " on an object version (" + state + ")";
  }
  return out;
}

std::string simulate_command(const std::string& spec, const std::string& bucket_id, const sim::Request& r) {
  std::string out = fmt::format("bslc simulate {} --bucket {} --principal {} --action {}", shell_quote(spec),
                                shell_quote(bucket_id), shell_quote(r.principal), shell_quote(r.action));
  const size_t slash = r.resource.find('/');
  if (slash == std::string::npos) {
    out += " --resource " + shell_quote(r.resource);
  } else {
    out += " --key " + shell_quote(r.resource.substr(slash + 1));
  }
  for (const auto& e : r.context) {
    if (e.value.kind == sim::ContextValue::Kind::List) {
      for (const auto& item : e.value.items) out += " --context " + shell_quote(e.key + "=" + item);
    } else {
      out += " --context " + shell_quote(e.key + "=" + e.value.text);
    }
  }
  return out;
}

std::string request_line(const std::string& id, const sim::Request& r) {
  nlohmann::ordered_json j;
  j["id"] = id;
  j["principal"] = r.principal;
  j["action"] = r.action;
  j["resource"] = r.resource;
  nlohmann::ordered_json context = nlohmann::ordered_json::object();
  for (const auto& e : r.context) {
    switch (e.value.kind) {
      case sim::ContextValue::Kind::Bool: context[e.key] = e.value.text == "true"; break;
      case sim::ContextValue::Kind::List: context[e.key] = e.value.items; break;
      default: context[e.key] = e.value.text; break;
    }
  }
  j["context"] = context;
  if (r.object) {
    nlohmann::ordered_json o = nlohmann::ordered_json::object();
    if (r.object->lock_mode) o["lock_mode"] = std::string(sim::to_string(*r.object->lock_mode));
    if (r.object->legal_hold) o["legal_hold"] = true;
    if (r.object->encryption) {
      o["encryption"] = {{"algorithm", std::string(sim::to_string(r.object->encryption->algorithm))}};
      if (!r.object->encryption->kms_key_arn.empty())
        o["encryption"]["kms_key_arn"] = r.object->encryption->kms_key_arn;
      if (r.object->encryption->bucket_key) o["encryption"]["bucket_key"] = true;
    }
    j["object"] = o;
  }
  return j.dump();
}

std::vector<ClaimResult> verify_model(const ir::Model& model, const lower::Output& documents,
                                      const VerifyOptions& options) {
  std::vector<ClaimResult> out;
  for (const auto& bucket : model.buckets) {
    const lower::BucketOutput* docs = nullptr;
    for (const auto& b : documents.buckets)
      if (b.bucket_id == bucket.id) docs = &b;
    if (!docs) continue;
    std::vector<verify::NamedClaim> claims = verify::claims_for(model, bucket);
    if (!options.builtins) std::erase_if(claims, [](const auto& c) { return c.builtin.has_value(); });
    if (options.open_world)
      for (auto& c : claims) c.claim.emitted_identities_only = false;
    if (claims.empty()) continue;
    SimulatedBucket simulated = simulated_bucket(bucket, *docs);
    if (!simulated.problems.empty())
      throw std::logic_error("verify: emitted documents do not read back: " + simulated.problems.front());
    std::vector<verify::Claim> encodable;
    for (const auto& c : claims) encodable.push_back(c.problem.empty() ? c.claim : verify::Claim{});
    verify::Options verify_options;
    verify_options.timeout = options.timeout;
    verify_options.attached_by_account = simulated.attached_by_account;
    verify::Verifier verifier(simulated.config, bucket.arn(), encodable, verify_options);
    for (size_t i = 0; i < claims.size(); ++i) {
      ClaimResult r{bucket.id, claims[i], {}, simulated.sources};
      if (claims[i].problem.empty()) r.outcome = verifier.check(i);
      out.push_back(std::move(r));
    }
  }
  return out;
}

void report_claims(const std::vector<ClaimResult>& results, diag::DiagnosticSink& sink) {
  for (const auto& r : results) {
    const verify::NamedClaim& c = r.claim;
    if (!c.problem.empty()) {
      sink.report(diag::Code::E0703, c.problem_loc, fmt::format("property `{}`: {}", c.title, c.problem),
                  "compare numbers with `<`, `<=`, `>`, `>=` (dates as \"2026-01-01T00:00:00Z\"), text with `=`, "
                  "`in` or `like`");
      continue;
    }
    const verify::Outcome& o = r.outcome;
    if (o.verdict == Verdict::Proved) continue;
    const bool possible = c.claim.kind == verify::Claim::Kind::Possible;
    diag::Diagnostic d;
    if (o.verdict == Verdict::Unknown) {
      d = diag::make(c.builtin ? diag::Code::W0708 : diag::Code::E0702, c.loc,
                     c.builtin ? fmt::format("bucket `{}`: built-in property \"{}\" could not be proved: {}",
                                             r.bucket_id, c.title, o.reason)
                               : fmt::format("property `{}` could not be proved: {}", c.title, o.reason),
                     "simplify the property or the policies it reads, or raise `--timeout`");
    } else if (c.builtin) {
      d = diag::make(*c.builtin, c.loc,
                     possible ? fmt::format("bucket `{}`: it is not true that {}: only the root user could repair "
                                            "the bucket policy",
                                            r.bucket_id, c.title)
                              : fmt::format("bucket `{}`: it is not true that {}", r.bucket_id, c.title),
                     fmt::format("change the spec so that it holds, or write `acknowledge {} because \"...\"` in the "
                                 "bucket",
                                 diag::info(*c.builtin).id));
    } else {
      d = diag::make(diag::Code::E0701, c.loc, fmt::format("property `{}` is violated", c.title),
                     "change the spec or the property; the counterexample replays with `bslc simulate`");
    }
    if (o.counterexample && !possible) {
      const auto& cex = *o.counterexample;
      d.note({}, "counterexample: " + describe_request(cex.request));
      if (!cex.assumed_identity_actions.empty()) {
        std::string actions;
        for (const auto& a : cex.assumed_identity_actions) actions += (actions.empty() ? "" : ", ") + a;
        d.note({},
               fmt::format("assuming the caller's own account attaches an identity policy that allows {}", actions));
      }
      const bool denied = c.claim.kind == verify::Claim::Kind::Always;
      if (denied && cex.deciding.empty()) d.note({}, "no statement allows it");
      for (const auto& sid : cex.deciding) {
        const auto it = r.sources.find(sid);
        d.note(it == r.sources.end() ? Location{} : it->second,
               fmt::format("`{}` {} it", sid, denied ? "denies" : "allows"));
      }
    }
    sink.report(std::move(d));
  }
}

}  // namespace bslc::driver
