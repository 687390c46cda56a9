// Verifier: one SMT encoding per bucket (encoder.h), one solver scope per
// claim. A satisfiable scope is turned into a concrete request, shrunk (fewest
// condition keys, no assumed identity policy, the bucket's default object) and
// replayed through the simulator before it is reported.
#include <fmt/format.h>

#include <algorithm>
#include <random>
#include <stdexcept>

#include "policy/document.h"
#include "sim/detail/bucket_state.h"
#include "sim/detail/text.h"
#include "verify/encoder.h"
#include "verify/formula.h"
#include "verify/requests.h"
#include "verify/space.h"
#include "verify/verify.h"

namespace bslc::verify {

std::string_view to_string(Verdict v) {
  switch (v) {
    case Verdict::Proved: return "PROVED";
    case Verdict::Violated: return "VIOLATED";
    case Verdict::Unknown: return "UNKNOWN";
  }
  return "UNKNOWN";
}

namespace {

// The identity policy a counterexample assumes the caller's account attaches.
policy::Document assumed_identity(const std::vector<std::string>& actions) {
  policy::Document doc;
  doc.version = "2012-10-17";
  policy::Statement s;
  s.sid = "AssumedByTheVerifier";
  s.effect = policy::Effect::Allow;
  s.actions = actions;
  s.resources = {"*"};
  doc.statements.push_back(std::move(s));
  return doc;
}

}  // namespace

struct Verifier::Impl {
  sim::BucketConfig config;
  Options options;
  std::shared_ptr<const sim::BucketSimulator::State> state;
  detail::Space space;
  z3::context z;
  std::unique_ptr<detail::Encoder> encoder;
  z3::solver solver;
  std::optional<detail::Formula> wellformed, allowed;  // for samples, built on first use

  Impl(const sim::BucketConfig& c, std::string bucket_arn, const std::vector<Claim>& claims, Options o)
      : config(c), options(o), solver(z) {
    std::vector<sim::CompileIssue> issues;
    state = sim::detail::build_bucket_state(config, issues);
    space = detail::build_space(state, config, bucket_arn, claims);
    if (attach(space)) {
      // The representatives are identity holders now: compile their policies in.
      state = sim::detail::build_bucket_state(config, issues);
      space = detail::build_space(state, config, std::move(bucket_arn), claims);
    }
    encoder = std::make_unique<detail::Encoder>(z, space);
    solver.add(encoder->wellformed());
    if (options.closed_world) solver.add(encoder->closed_world());
  }

  bool attach(const detail::Space& s) { return detail::attach_identities(s, config, options.attached_by_account); }

  sim::Request request_of(const detail::Assignment& a) const { return detail::request_of(space, *encoder, a); }

  Counterexample replay(const detail::Assignment& a, bool expect_allow) const {
    Counterexample cex;
    cex.request = request_of(a);
    for (size_t d = 0; d < space.keys.size(); ++d) {
      const bool absent = space.keys[d].multi ? !a.present[d] : a.keys[d] < 0;
      if (absent && space.keys[d].read_by_conditions) cex.absent_keys.push_back(space.keys[d].spelling);
    }
    if (a.unknown_s3) cex.assumed_identity_actions.push_back(cex.request.action);
    if (a.unknown_kms) {
      const bool put = sim::detail::iequals(cex.request.action, "s3:PutObject");
      cex.assumed_identity_actions.push_back(put ? "kms:GenerateDataKey" : "kms:Decrypt");
    }
    if (a.unknown_bypass) cex.assumed_identity_actions.push_back("s3:BypassGovernanceRetention");
    sim::BucketConfig replayed = config;
    if (!cex.assumed_identity_actions.empty()) {
      replayed.identities[detail::identity_holder(space.principals[a.principal])].push_back(
          assumed_identity(cex.assumed_identity_actions));
    }
    auto created = sim::BucketSimulator::create(replayed);
    const sim::Result result = created.simulator.evaluate(cex.request, sim::EvalOptions{.trace = true});
    cex.decision = result.decision;
    cex.explanation = sim::explain(result);
    if (result.allowed() != expect_allow) {
      throw std::logic_error(
          fmt::format("verifier and simulator disagree: the SMT encoding {} {} on {} by {}, the simulator says {}\n{}",
                      expect_allow ? "allows" : "denies", cex.request.action, cex.request.resource,
                      cex.request.principal, sim::to_string(result.decision), cex.explanation));
    }
    for (const auto& ref : result.statements) {
      // A grant's Sid names its bucket-policy statement and the grantee's identity statement alike.
      const std::string label = ref.label();
      if (std::find(cex.deciding.begin(), cex.deciding.end(), label) == cex.deciding.end())
        cex.deciding.push_back(label);
    }
    return cex;
  }
};

Verifier::Verifier(const sim::BucketConfig& config, std::string bucket_arn, std::vector<Claim> claims, Options options)
    : impl_(std::make_unique<Impl>(config, std::move(bucket_arn), claims, options)) {}
Verifier::~Verifier() = default;
Verifier::Verifier(Verifier&&) noexcept = default;

size_t Verifier::size() const { return impl_->space.claims.size(); }
const sim::BucketConfig& Verifier::config() const { return impl_->config; }
const std::vector<std::string>& Verifier::limitations() const { return impl_->space.limitations; }

Outcome Verifier::check(size_t index) {
  Impl& m = *impl_;
  const auto start = std::chrono::steady_clock::now();
  const Claim& claim = m.space.claims.at(index).claim;
  Outcome out;
  z3::params params(m.z);
  params.set("timeout", static_cast<unsigned>(m.options.timeout.count()));
  m.solver.set(params);
  m.solver.push();
  const z3::expr scope = m.encoder->scope(index);
  const bool want_allowed = claim.kind != Claim::Kind::Always;
  m.solver.add(scope && (want_allowed ? m.encoder->allowed() : !m.encoder->allowed()));
  if (claim.emitted_identities_only) m.solver.add(m.encoder->closed_world());
  // `always` speaks of objects as the bucket stores them (default encryption
  // and retention); `never` of every object version there could be.
  if (claim.kind == Claim::Kind::Always) m.solver.add(m.encoder->default_object());
  const z3::check_result result = m.solver.check();
  auto finish = [&] {
    m.solver.pop();
    out.millis = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    return out;
  };
  if (result == z3::unknown) {
    out.verdict = Verdict::Unknown;
    out.reason = fmt::format("the solver gave up ({})", m.solver.reason_unknown());
    return finish();
  }
  if (result == z3::unsat) {
    if (claim.kind == Claim::Kind::Possible) {
      out.verdict = Verdict::Violated;
      out.reason = "no request in the scope is allowed";
    } else if (!m.space.limitations.empty() || !m.space.claims[index].limitations.empty()) {
      out.verdict = Verdict::Unknown;
      const auto& why =
          m.space.limitations.empty() ? m.space.claims[index].limitations.front() : m.space.limitations.front();
      out.reason = fmt::format("no counterexample exists in the encoded space, but {}", why);
    } else {
      out.verdict = Verdict::Proved;
    }
    return finish();
  }
  // Shrink: keep every simplification the scope still allows.
  z3::expr_vector kept(m.z);
  for (const auto& [assumption, key] : m.encoder->simplifications()) {
    kept.push_back(assumption);
    if (m.solver.check(kept) != z3::sat) kept.pop_back();
  }
  if (m.solver.check(kept) != z3::sat) throw std::logic_error("verifier: the shrunk counterexample vanished");
  const detail::Assignment a = m.encoder->read(m.solver.get_model());
  out.counterexample = m.replay(a, want_allowed);
  out.verdict = claim.kind == Claim::Kind::Possible ? Verdict::Proved : Verdict::Violated;
  return finish();
}

Verifier::Sample Verifier::sample(uint64_t seed) {
  Impl& m = *impl_;
  std::mt19937_64 rng(seed);
  for (int attempt = 0; attempt < 1000; ++attempt) {
    const detail::Assignment a = detail::random_assignment(m.space, rng);
    if (!m.wellformed) {
      m.wellformed.emplace(m.encoder->wellformed(), m.encoder->variables());
      m.allowed.emplace(m.encoder->allowed(), m.encoder->variables());
    }
    const auto values = m.encoder->values(a);
    if (!m.wellformed->evaluate(values)) continue;
    return Sample{m.request_of(a), m.allowed->evaluate(values)};
  }
  throw std::logic_error("verifier: no well-formed sample found");
}

}  // namespace bslc::verify
