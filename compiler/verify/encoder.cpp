#include "verify/encoder.h"

#include <fmt/format.h>

#include <array>
#include <map>

#include "sim/detail/bucket_state.h"
#include "sim/detail/engine.h"
#include "sim/detail/match.h"
#include "sim/request_shape.h"

namespace bslc::verify::detail {
namespace {

using sim::PrincipalKind;
using sim::SseAlgorithm;

unsigned width_for(size_t values) {
  unsigned w = 1;
  while ((size_t{1} << w) <= values) ++w;  // the bound itself must fit
  return w;
}

bool is_kms(SseAlgorithm a) { return a == SseAlgorithm::SseKms || a == SseAlgorithm::DsseKms; }

bool same_key(std::string_view key, std::string_view arn) {
  return key == arn || (arn.size() > key.size() && arn.ends_with(key) && arn[arn.size() - key.size() - 1] == '/');
}

bool has_identity_side(const sim::PrincipalInfo& p) {
  return p.kind != PrincipalKind::Anonymous && p.kind != PrincipalKind::Service;
}

// The identity documents that apply to a caller (as detail::collect_identity finds them).
std::vector<uint32_t> identity_documents(const sd::Program& program, const sim::PrincipalInfo& p) {
  using K = sd::IdentityEntry::Kind;
  std::vector<uint32_t> out;
  auto add = [&](const sd::IdentityEntry* e) {
    if (e) out.insert(out.end(), e->documents.begin(), e->documents.end());
  };
  switch (p.kind) {
    case PrincipalKind::User: add(program.identities.find(K::User, p.account, p.name)); break;
    case PrincipalKind::FederatedUser: add(program.identities.find(K::FederatedUser, p.account, p.name)); break;
    case PrincipalKind::AssumedRole:
      add(program.identities.find(K::Session, p.account, p.name, p.session));
      add(program.identities.find(K::Role, p.account, p.name));
      break;
    case PrincipalKind::Role: add(program.identities.find(K::Role, p.account, p.name)); break;
    default: break;
  }
  return out;
}

// S3 actions on objects take an object ARN, the others the bucket ARN.
enum class Target { Object, Bucket, Either };
Target target_of(std::string_view action) {
  if (!action.starts_with("s3:")) return Target::Either;
  if (action.find("object") != std::string_view::npos || action == "s3:abortmultipartupload" ||
      action == "s3:listmultipartuploadparts" || action == "s3:bypassgovernanceretention") {
    return Target::Object;
  }
  if (action.find("bucket") != std::string_view::npos) return Target::Bucket;
  return Target::Either;
}

}  // namespace

struct Encoder::Call {
  const sd::Program* program = nullptr;
  bool forwarded = false;
  std::optional<std::string> action;    // constant action; nullopt: the action dimension
  std::optional<std::string> resource;  // constant resource; nullopt: the resource dimension
  std::optional<std::string> ec;        // forwarded: constant encryption context; nullopt: the resource
  bool owner_and_services_only = false;
  z3::expr unknown;
};

Encoder::Encoder(z3::context& z, const Space& space, const sim::BucketSimulator::State* state)
    : z_(z),
      space_(space),
      st_(state ? *state : *space.state),
      p_(z.bv_const("principal", width_for(space.principals.size()))),
      a_(z.bv_const("action", width_for(space.actions.size()))),
      r_(z.bv_const("resource", width_for(space.resources.size()))),
      o_(z.bv_const("object", width_for(space.objects.size()))),
      unknown_s3_(z.bool_const("identity_allows_s3")),
      unknown_kms_(z.bool_const("identity_allows_kms")),
      unknown_bypass_(z.bool_const("identity_allows_bypass")),
      wellformed_(z.bool_val(true)),
      allowed_(z.bool_val(false)),
      lockout_escape_(z.bool_val(false)) {
  z3::expr_vector wf(z_);
  auto bounded = [&](const z3::expr& v, size_t n) {
    wf.push_back(z3::ult(v, z_.bv_val(static_cast<uint64_t>(n), v.get_sort().bv_size())));
  };
  bounded(p_, space.principals.size());
  bounded(a_, space.actions.size());
  bounded(r_, space.resources.size());
  bounded(o_, space.objects.size());
  for (size_t d = 0; d < space.keys.size(); ++d) {
    const KeyDim& k = space.keys[d];
    if (k.multi) {
      key_vars_.emplace_back();
      present_.emplace_back(z_.bool_const(fmt::format("present_{}", d).c_str()));
      std::vector<z3::expr> members;
      for (size_t i = 0; i < k.reps.size(); ++i)
        members.push_back(z_.bool_const(fmt::format("member_{}_{}", d, i).c_str()));
      members_.push_back(std::move(members));
    } else {
      const size_t n = k.reps.size() + 1;  // the last value: absent
      key_vars_.emplace_back(z_.bv_const(fmt::format("key_{}", d).c_str(), width_for(n)));
      present_.emplace_back();
      members_.emplace_back();
      bounded(*key_vars_.back(), k.always_present ? k.reps.size() : n);
    }
  }
  // Keys only some callers carry.
  for (size_t d = 0; d < space.keys.size(); ++d) {
    const KeyDim& k = space.keys[d];
    if (k.carrier == KeyDim::Carrier::Anyone) continue;
    std::vector<bool> cannot(space.principals.size());
    for (size_t p = 0; p < cannot.size(); ++p) {
      const bool service = space.principals[p].kind == PrincipalKind::Service;
      cannot[p] = k.carrier == KeyDim::Carrier::Services ? !service : !has_identity_side(space.principals[p]);
    }
    wf.push_back(z3::implies(principal_is(cannot), key_absent(d)));
  }
  // Keys the action's requests never carry are absent (sim/request_shape.h):
  // the catalog's per-action keys, and a multipart step's creation headers.
  for (size_t d = 0; d < space.keys.size(); ++d) {
    std::vector<bool> never(space.actions.size());
    for (size_t a = 0; a < never.size(); ++a)
      never[a] = sim::drops_key(sim::shape_action(space.actions[a]), space.keys[d].spelling);
    wf.push_back(z3::implies(action_is(never), key_absent(d)));
  }
  // Object actions name objects, bucket actions the bucket.
  std::vector<bool> object_action(space.actions.size()), bucket_action(space.actions.size());
  for (size_t a = 0; a < space.actions.size(); ++a) {
    const Target t = target_of(space.iam_actions[a]);
    object_action[a] = t == Target::Object;
    bucket_action[a] = t == Target::Bucket;
  }
  std::vector<bool> is_bucket(space.resources.size());
  for (size_t r = 0; r < is_bucket.size(); ++r) is_bucket[r] = space.resources[r] == space.bucket_arn;
  wf.push_back(z3::implies(action_is(object_action), !resource_is(is_bucket)));
  wf.push_back(z3::implies(action_is(bucket_action), resource_is(is_bucket)));
  wellformed_ = z3::mk_and(wf);

  const auto& st = st_;
  Call s3{st.bucket.get(), false, std::nullopt, std::nullopt, std::nullopt, st.owner_and_services_only, unknown_s3_};
  const CallResult decision = encode_call(s3);
  build_encryption_cases();
  const z3::expr delete_version = action_named("s3:DeleteObjectVersion");
  const z3::expr put = action_named("s3:PutObject");
  // The bucket's checks, in the simulator's order (sim/bucket.cpp, Checks::run):
  // SSE-C blocked first, then nothing more for a multipart step.
  const z3::expr checks =
      z3::implies(delete_version || action_named("s3:PutBucketVersioning"), mfa_delete_ok()) &&
      z3::implies(delete_version || action_named("s3:PutObjectRetention"), object_lock_ok()) &&
      z3::implies(
          put || action_named("s3:PutObjectAcl") || action_named("s3:PutBucketAcl") || action_named("s3:CreateBucket"),
          acl_ok()) &&
      z3::implies(put, put_encryption_ok()) &&
      z3::implies(action_named("s3:GetObject") || action_named("s3:GetObjectVersion"), get_encryption_ok());
  const z3::expr sse_c_ok = z3::implies(put, !sse_c_refused());
  // The owner's root user may always manage the bucket policy (AWS's lockout escape).
  std::vector<bool> owner_root(space.principals.size()), escape(space.actions.size());
  for (size_t p = 0; p < owner_root.size(); ++p) {
    const auto& info = space.principals[p];
    owner_root[p] =
        info.kind == PrincipalKind::Root && !st.resource_account.empty() && info.account == st.resource_account;
  }
  for (size_t a = 0; a < escape.size(); ++a) escape[a] = sim::detail::owner_root_may_always(space.iam_actions[a]);
  lockout_escape_ = principal_is(owner_root) && action_is(escape);
  allowed_ = (decision.allow && sse_c_ok && (parts_only() || checks)) || lockout_escape_;
}

z3::expr Encoder::parts_only() const { return action_is(space_.parts_only); }

// BlockedEncryptionTypes: an upload that asks for SSE-C is refused.
z3::expr Encoder::sse_c_refused() const {
  if (!st_.settings.sse_c_blocked) return z_.bool_val(false);
  return key_text_is("s3:x-amz-server-side-encryption-customer-algorithm", false,
                     [](const std::string&) { return true; });
}

z3::expr Encoder::among(const z3::expr& var, size_t count, const std::vector<bool>& truth) const {
  size_t yes = 0;
  for (size_t i = 0; i < count && i < truth.size(); ++i) yes += truth[i];
  if (yes == 0) return z_.bool_val(false);
  if (yes == count) return z_.bool_val(true);
  const unsigned w = var.get_sort().bv_size();
  const bool want = yes * 2 <= count;  // list the shorter side
  z3::expr_vector terms(z_);
  for (size_t i = 0; i < count; ++i) {
    if (truth[i] == want) terms.push_back(var == z_.bv_val(static_cast<uint64_t>(i), w));
  }
  return want ? z3::mk_or(terms) : !z3::mk_or(terms);
}

z3::expr Encoder::key_rep_is(size_t dim, const std::vector<bool>& truth, bool absent_value) const {
  const KeyDim& k = space_.keys[dim];
  if (k.multi) throw std::logic_error("verifier: key_rep_is on a set-valued key");
  std::vector<bool> all = truth;
  all.resize(k.reps.size());
  all.push_back(absent_value);
  return among(*key_vars_[dim], all.size(), all);
}

z3::expr Encoder::principal_at(unsigned index) const {
  return p_ == z_.bv_val(static_cast<uint64_t>(index), p_.get_sort().bv_size());
}

z3::expr Encoder::action_at(unsigned index) const {
  return a_ == z_.bv_val(static_cast<uint64_t>(index), a_.get_sort().bv_size());
}

z3::expr Encoder::iam_action_as(unsigned index) const {
  std::vector<bool> same(space_.actions.size());
  for (size_t a = 0; a < same.size(); ++a) same[a] = space_.iam_actions[a] == space_.iam_actions[index];
  return action_is(same);
}

z3::expr Encoder::key_at(size_t dim, int rep) const {
  if (rep < 0) return key_absent(dim);
  return *key_vars_[dim] == z_.bv_val(static_cast<uint64_t>(rep), key_vars_[dim]->get_sort().bv_size());
}

z3::expr Encoder::key_absent(size_t dim) const {
  const KeyDim& k = space_.keys[dim];
  if (k.multi) return !*present_[dim];
  return *key_vars_[dim] == z_.bv_val(static_cast<uint64_t>(k.reps.size()), key_vars_[dim]->get_sort().bv_size());
}

bool Encoder::eval_condition(const sd::Condition& c, const Call& call, unsigned principal,
                             const sim::ContextEntry* entry, std::string_view ec) {
  const auto& st = st_;
  context_.clear();
  if (!call.forwarded) context_.push_back({"aws:ViaAWSService", sim::ContextValue(false)});
  if (entry) context_.push_back(*entry);
  const sim::PrincipalInfo& p = space_.principals[principal];
  sd::Call sc;
  sc.principal = &p;
  sc.context = &context_;
  sc.forwarded = call.forwarded;
  std::array<sd::Extra, 3> extras{};
  size_t n = 0;
  if (call.forwarded) {
    extras[n++] = {st.key_via_service, st.via_service};
    extras[n++] = {st.key_encryption_context, ec};
    if (!p.account.empty()) extras[n++] = {st.key_caller_account, p.account};
  }
  sc.extras = std::span<const sd::Extra>(extras.data(), n);
  sd::bind(*space_.binding, sc, scratch_);
  return sd::evaluate_condition(c, scratch_.slots, scratch_.condition);
}

z3::expr Encoder::condition(const sd::Condition& c, const Call& call) {
  const auto& st = st_;
  const auto& binding = *space_.binding;
  const std::string ec_const = call.ec.value_or("");
  auto constant = [&] { return z_.bool_val(eval_condition(c, call, 0, nullptr, ec_const)); };
  auto by_principal = [&] {
    std::vector<bool> truth(space_.principals.size());
    for (unsigned p = 0; p < truth.size(); ++p) truth[p] = eval_condition(c, call, p, nullptr, ec_const);
    return principal_is(truth);
  };
  if (call.forwarded) {
    if (st.kms && c.key == st.key_caller_account) return by_principal();
    if (st.kms && c.key == st.key_encryption_context) {
      if (call.ec) return constant();
      std::vector<bool> truth(space_.resources.size());
      for (unsigned r = 0; r < truth.size(); ++r) truth[r] = eval_condition(c, call, 0, nullptr, space_.resources[r]);
      return resource_is(truth);
    }
    if ((st.kms && c.key == st.key_via_service) || c.key == binding.k.via_aws_service ||
        c.key >= binding.forwarded_key.size() || !binding.forwarded_key[c.key]) {
      return constant();
    }
  }
  if (is_principal_derived(binding, c.key)) return by_principal();
  if (c.key == binding.k.via_aws_service) {
    direct_constant_keys_.push_back("aws:ViaAWSService");
    return constant();
  }
  const auto it = space_.key_dim.find(c.key);
  if (it == space_.key_dim.end()) return constant();  // no request carries the key
  const size_t dim = static_cast<size_t>(it->second);
  const KeyDim& k = space_.keys[dim];
  const bool absent = eval_condition(c, call, 0, nullptr, ec_const);
  if (!k.multi) {
    std::vector<bool> truth(k.reps.size());
    for (size_t i = 0; i < truth.size(); ++i) {
      const sim::ContextEntry e{k.name, sim::ContextValue(k.reps[i])};
      truth[i] = eval_condition(c, call, 0, &e, ec_const);
    }
    return key_rep_is(dim, truth, absent);
  }
  const sim::ContextEntry empty_entry{k.name, sim::ContextValue::list({})};
  const bool empty = eval_condition(c, call, 0, &empty_entry, ec_const);
  const z3::expr& present = *present_[dim];
  z3::expr_vector none(z_);
  for (const auto& m : members_[dim]) none.push_back(!m);
  if (c.op.family == sd::Family::Null) return z3::ite(present, z_.bool_val(empty), z_.bool_val(absent));
  z3::expr_vector terms(z_);
  const bool all = c.op.qualifier == sd::SetQualifier::ForAllValues;
  for (size_t i = 0; i < k.reps.size(); ++i) {
    const sim::ContextEntry e{k.name, sim::ContextValue::list({k.reps[i]})};
    const bool m = eval_condition(c, call, 0, &e, ec_const);
    terms.push_back(all ? z3::implies(members_[dim][i], z_.bool_val(m)) : (members_[dim][i] && z_.bool_val(m)));
  }
  const z3::expr aggregate = all ? z3::mk_and(terms) : z3::mk_or(terms);
  return z3::ite(!present, z_.bool_val(absent), z3::ite(z3::mk_and(none), z_.bool_val(empty), aggregate));
}

Encoder::CallResult Encoder::encode_call(const Call& call) {
  const sd::Program& prog = *call.program;
  const size_t np = space_.principals.size();
  std::vector<bool> identity_side(np), same(np), root(np), owner_or_service(np);
  std::map<uint32_t, std::vector<bool>> holders;  // identity document -> principals it applies to
  for (size_t p = 0; p < np; ++p) {
    const auto& info = space_.principals[p];
    identity_side[p] = has_identity_side(info);
    same[p] = !info.account.empty() && info.account == prog.resource_account;
    root[p] = info.kind == PrincipalKind::Root;
    owner_or_service[p] = info.kind == PrincipalKind::Service || same[p];
    for (uint32_t d : identity_documents(prog, info)) {
      auto& h = holders[d];
      h.resize(np);
      h[p] = true;
    }
  }
  const std::vector<sd::ValueView> no_slots(space_.binding->keys.size());
  auto action_of = [&](const sd::CompiledStatement& s) {
    if (call.action) return z_.bool_val(sd::action_matches(s, *call.action));
    std::vector<bool> truth(space_.actions.size());
    for (size_t a = 0; a < truth.size(); ++a) truth[a] = sd::action_matches(s, space_.iam_actions[a]);
    return action_is(truth);
  };
  auto resource_of = [&](const sd::CompiledStatement& s) {
    if (call.resource) return z_.bool_val(sd::resource_matches(s, *call.resource, no_slots));
    std::vector<bool> truth(space_.resources.size());
    for (size_t r = 0; r < truth.size(); ++r) truth[r] = sd::resource_matches(s, space_.resources[r], no_slots);
    return resource_is(truth);
  };
  auto body = [&](const sd::CompiledStatement& s) {
    z3::expr_vector parts(z_);
    parts.push_back(action_of(s));
    parts.push_back(resource_of(s));
    for (const auto& c : s.conditions) parts.push_back(condition(c, call));
    return z3::mk_and(parts);
  };
  z3::expr_vector denies(z_), direct(z_), delegated(z_), identity_allows(z_);
  for (size_t d = 0; d < prog.documents.size(); ++d) {
    const auto& doc = prog.documents[d];
    const bool resource_doc = static_cast<int>(d) == prog.resource_document;
    if (!resource_doc && !doc.identity) continue;
    std::optional<z3::expr> holder;
    if (!resource_doc) {
      const auto it = holders.find(static_cast<uint32_t>(d));
      if (it == holders.end()) continue;  // no caller of the space holds it
      holder = principal_is(it->second);
    }
    for (const auto& s : doc.statements) {
      if (!s.usable) continue;
      const z3::expr b = body(s);
      if (!resource_doc) {
        (s.effect == policy::Effect::Deny ? denies : identity_allows).push_back(*holder && b);
        continue;
      }
      std::vector<bool> g_direct(np), g_delegated(np);
      for (size_t p = 0; p < np; ++p) {
        const auto g = sd::principal_grant(s.principal, space_.principals[p], s.effect);
        g_direct[p] = g == sd::Grant::Direct;
        g_delegated[p] = g == sd::Grant::Delegated;
      }
      if (s.effect == policy::Effect::Deny) {
        std::vector<bool> any(np);
        for (size_t p = 0; p < np; ++p) any[p] = g_direct[p] || g_delegated[p];
        denies.push_back(principal_is(any) && b);
        continue;
      }
      std::vector<bool> keep_direct = g_direct, keep_delegated = g_delegated;
      if (call.owner_and_services_only) {
        for (size_t p = 0; p < np; ++p) {
          keep_direct[p] = keep_direct[p] && owner_or_service[p];
          keep_delegated[p] = keep_delegated[p] && owner_or_service[p];
        }
      }
      direct.push_back(principal_is(keep_direct) && b);
      delegated.push_back(principal_is(keep_delegated) && b);
    }
  }
  const z3::expr deny = z3::mk_or(denies);
  const z3::expr has_identity = principal_is(identity_side);
  const z3::expr same_account = principal_is(same);
  const z3::expr identity = principal_is(root) || z3::mk_or(identity_allows) || (call.unknown && has_identity);
  const z3::expr d = z3::mk_or(direct), g = z3::mk_or(delegated);
  z3::expr allow = z_.bool_val(false);
  if (prog.grant_rule == sim::GrantRule::IdentityOrResource) {
    allow = z3::ite(has_identity, z3::ite(same_account, identity || d, identity && (d || g)), d);
  } else {
    allow = z3::ite(has_identity, z3::ite(same_account, d || (g && identity), (d || g) && identity), d);
  }
  return CallResult{!deny && allow, deny};
}

z3::expr Encoder::action_named(std::string_view name) const {
  const std::string lower = sd::lower(name);
  std::vector<bool> truth(space_.actions.size());
  for (size_t a = 0; a < truth.size(); ++a) truth[a] = space_.iam_actions[a] == lower;
  return action_is(truth);
}

// A request-side key the bucket checks read, by the text the request gives
// (a list carries no text, as in sim::ContextValue).
template <typename Predicate>
z3::expr Encoder::key_text_is(std::string_view key, bool absent_value, Predicate predicate) const {
  const int dim = space_.dim_of(key);
  if (dim < 0) return z_.bool_val(absent_value);
  const auto d = static_cast<size_t>(dim);
  const KeyDim& k = space_.keys[d];
  if (k.multi) return z3::ite(*present_[d], z_.bool_val(predicate(std::string())), z_.bool_val(absent_value));
  std::vector<bool> truth(k.reps.size());
  for (size_t i = 0; i < truth.size(); ++i) truth[i] = predicate(k.reps[i]);
  return key_rep_is(d, truth, absent_value);
}

z3::expr Encoder::insecure() const {
  return key_text_is("aws:SecureTransport", false, [&](const std::string& text) { return sd::iequals(text, "false"); });
}

z3::expr Encoder::mfa_delete_ok() const {
  const auto& set = st_.settings;
  if (!(set.versioning && set.mfa_delete)) return z_.bool_val(true);
  return key_text_is("s3:x-amz-mfa", false, [&](const std::string& text) { return !text.empty(); }) && !insecure();
}

z3::expr Encoder::object_lock_ok() {
  const auto& st = st_;
  const auto& set = st.settings;
  const z3::expr delete_version = action_named("s3:DeleteObjectVersion");
  const z3::expr no_mode = key_text_is("s3:object-lock-mode", true, [](const std::string&) { return false; });
  const z3::expr no_until =
      key_text_is("s3:object-lock-retain-until-date", true, [](const std::string&) { return false; });
  const z3::expr mode_not_compliance = key_text_is("s3:object-lock-mode", false, [&](const std::string& text) {
    return [&] {
      const auto m = sim::parse_lock_mode(text);
      return m && *m != sim::LockMode::Compliance;
    }();
  });
  const z3::expr mode_none = key_text_is("s3:object-lock-mode", false, [&](const std::string& text) {
    return [&] {
      const auto m = sim::parse_lock_mode(text);
      return m && *m == sim::LockMode::None;
    }();
  });
  const z3::expr bypass_header = key_text_is("s3:x-amz-bypass-governance-retention", false,
                                             [&](const std::string& text) { return sd::iequals(text, "true"); });
  Call bypass{st.bucket.get(), false,        std::string("s3:BypassGovernanceRetention"),
              std::nullopt,    std::nullopt, st.owner_and_services_only,
              unknown_bypass_};
  const z3::expr bypass_allowed = encode_call(bypass).allow;
  z3::expr_vector all(z_);
  for (size_t o = 0; o < space_.objects.size(); ++o) {
    const auto& obj = space_.objects[o];
    sim::LockMode mode = set.object_lock.enabled ? set.object_lock.default_mode : sim::LockMode::None;
    if (obj.lock_mode) mode = *obj.lock_mode;
    // Representatives carry no retain-until date: their retention is running (see docs/verify.md).
    z3::expr ok = z_.bool_val(true);
    if (mode != sim::LockMode::None) {
      const z3::expr weakens = (no_mode && no_until) ||
                               (mode == sim::LockMode::Compliance ? mode_not_compliance : z_.bool_val(false)) ||
                               mode_none;
      const z3::expr needs_bypass = delete_version || weakens;
      ok = z3::implies(needs_bypass,
                       mode == sim::LockMode::Compliance ? z_.bool_val(false) : bypass_header && bypass_allowed);
    }
    if (obj.legal_hold) ok = !delete_version && ok;
    std::vector<bool> here(space_.objects.size());
    here[o] = true;
    all.push_back(z3::implies(object_is(here), ok));
  }
  return z3::mk_and(all);
}

z3::expr Encoder::acl_ok() const {
  const auto& st = st_;
  const z3::expr canned_other =
      key_text_is("s3:x-amz-acl", false, [&](const std::string& text) { return text != "bucket-owner-full-control"; });
  const z3::expr canned_public = key_text_is("s3:x-amz-acl", false, [&](const std::string& text) {
    return text == "public-read" || text == "public-read-write" || text == "authenticated-read";
  });
  z3::expr_vector any(z_), open(z_);
  for (std::string_view grant : {"s3:x-amz-grant-read", "s3:x-amz-grant-write", "s3:x-amz-grant-read-acp",
                                 "s3:x-amz-grant-write-acp", "s3:x-amz-grant-full-control"}) {
    any.push_back(key_text_is(grant, false, [](const std::string&) { return true; }));
    open.push_back(key_text_is(grant, false, [&](const std::string& text) {
      return text.find("AllUsers") != std::string::npos || text.find("AuthenticatedUsers") != std::string::npos;
    }));
  }
  z3::expr ok = z_.bool_val(true);
  if (st.settings.object_ownership == sim::ObjectOwnership::BucketOwnerEnforced)
    ok = ok && !(canned_other || z3::mk_or(any));
  if (st.effective.block_public_acls) ok = ok && !(canned_public || z3::mk_or(open));
  return ok;
}

void Encoder::build_encryption_cases() {
  const auto& def = st_.settings.default_encryption;
  const z3::expr sse_c =
      key_text_is("s3:x-amz-server-side-encryption-customer-algorithm", false, [](const std::string&) { return true; });
  put_cases_.push_back({sse_c, false, SseAlgorithm::SseC, "", false});
  const int sse_dim = space_.dim_of("s3:x-amz-server-side-encryption");
  const int key_dim = space_.dim_of("s3:x-amz-server-side-encryption-aws-kms-key-id");
  const bool default_bucket_key = def.bucket_key && def.algorithm == SseAlgorithm::SseKms;
  if (sse_dim >= 0) {
    const KeyDim& sse = space_.keys[static_cast<size_t>(sse_dim)];
    for (size_t i = 0; i < sse.reps.size(); ++i) {
      std::vector<bool> here(sse.reps.size());
      here[i] = true;
      const z3::expr chosen = !sse_c && key_rep_is(static_cast<size_t>(sse_dim), here, false);
      const auto alg = sim::parse_sse_algorithm(sse.reps[i]);
      if (!alg || *alg == SseAlgorithm::None || *alg == SseAlgorithm::SseC) {
        put_cases_.push_back({chosen, true, SseAlgorithm::None, "", false});
        continue;
      }
      const bool bucket_key = *alg == SseAlgorithm::SseKms && default_bucket_key;
      if (!is_kms(*alg) || key_dim < 0) {
        put_cases_.push_back({chosen, false, *alg, "", bucket_key});
        continue;
      }
      const KeyDim& key = space_.keys[static_cast<size_t>(key_dim)];
      for (size_t j = 0; j <= key.reps.size(); ++j) {
        std::vector<bool> key_here(key.reps.size());
        if (j < key.reps.size()) key_here[j] = true;
        const z3::expr key_chosen = key_rep_is(static_cast<size_t>(key_dim), key_here, j == key.reps.size());
        put_cases_.push_back(
            {chosen && key_chosen, false, *alg, j < key.reps.size() ? key.reps[j] : std::string(), bucket_key});
      }
    }
  }
  const z3::expr no_sse = sse_dim >= 0 ? key_absent(static_cast<size_t>(sse_dim)) : z_.bool_val(true);
  put_cases_.push_back({!sse_c && no_sse, false, def.algorithm, def.kms_key_arn, default_bucket_key});
}

z3::expr Encoder::kms_allows(std::string_view action, const std::string& key, bool bucket_key) {
  const auto& st = st_;
  const size_t np = space_.principals.size();
  std::vector<bool> anonymous(np), foreign(np);
  for (size_t p = 0; p < np; ++p) {
    const auto& info = space_.principals[p];
    anonymous[p] = info.kind == PrincipalKind::Anonymous;
    foreign[p] = info.kind == PrincipalKind::Service || info.account != st.resource_account;
  }
  const z3::expr not_anonymous = !principal_is(anonymous);
  if (key.empty() || key.ends_with("alias/aws/s3")) return not_anonymous && !principal_is(foreign);
  if (!st.kms) return not_anonymous;
  const std::string& modelled = st.settings.kms_key_arn;
  if (!modelled.empty() && !same_key(key, modelled)) return not_anonymous;
  Call call{st.kms.get(),
            true,
            std::string(action),
            modelled.empty() ? key : modelled,
            bucket_key ? std::optional<std::string>(space_.bucket_arn) : std::nullopt,
            false,
            unknown_kms_};
  return not_anonymous && encode_call(call).allow;
}

z3::expr Encoder::put_encryption_ok() {
  const z3::expr insecure_request = insecure();
  z3::expr_vector all(z_);
  for (const auto& c : put_cases_) {
    if (c.invalid) {
      all.push_back(!c.guard);
      continue;
    }
    z3::expr ok = z_.bool_val(true);
    if (is_kms(c.algorithm) || c.algorithm == SseAlgorithm::SseC) ok = !insecure_request;
    if (is_kms(c.algorithm)) ok = ok && kms_allows("kms:GenerateDataKey", c.key, c.bucket_key);
    all.push_back(z3::implies(c.guard, ok));
  }
  return z3::mk_and(all);
}

z3::expr Encoder::get_encryption_ok() {
  const auto& def = st_.settings.default_encryption;
  const z3::expr insecure_request = insecure();
  z3::expr_vector all(z_);
  for (size_t o = 0; o < space_.objects.size(); ++o) {
    const sim::Encryption& enc = space_.objects[o].encryption ? *space_.objects[o].encryption : def;
    z3::expr ok = z_.bool_val(true);
    if (is_kms(enc.algorithm) || enc.algorithm == SseAlgorithm::SseC) ok = !insecure_request;
    if (is_kms(enc.algorithm)) ok = ok && kms_allows("kms:Decrypt", enc.kms_key_arn, enc.bucket_key);
    std::vector<bool> here(space_.objects.size());
    here[o] = true;
    all.push_back(z3::implies(object_is(here), ok));
  }
  return z3::mk_and(all);
}

z3::expr Encoder::applied_encryption(SseAlgorithm algorithm, const std::string& key) const {
  z3::expr_vector any(z_);
  for (const auto& c : put_cases_) {
    if (c.invalid || c.algorithm != algorithm) continue;
    if (!key.empty() && !same_key(c.key, key) && !same_key(key, c.key)) continue;
    any.push_back(c.guard);
  }
  return z3::mk_or(any);
}

z3::expr Encoder::who(const Who& w) const {
  if (w.parties.empty()) return z_.bool_val(!w.outside);
  z3::expr_vector any(z_);
  for (const auto& party : w.parties) {
    if (party.kind == Party::Kind::Organization) {
      any.push_back(
          key_text_is("aws:PrincipalOrgID", false, [&](const std::string& text) { return text == party.value; }));
      continue;
    }
    std::optional<sim::PrincipalInfo> named;
    if (party.kind == Party::Kind::Principal) named = sim::parse_principal(party.value);
    std::vector<bool> truth(space_.principals.size());
    for (size_t p = 0; p < truth.size(); ++p) {
      const auto& info = space_.principals[p];
      switch (party.kind) {
        case Party::Kind::Anonymous: truth[p] = info.kind == PrincipalKind::Anonymous; break;
        case Party::Kind::Account: truth[p] = has_identity_side(info) && info.account == party.value; break;
        case Party::Kind::AccountNonRoot:
          truth[p] = has_identity_side(info) && info.account == party.value && info.kind != PrincipalKind::Root;
          break;
        case Party::Kind::Principal:
          if (!named) break;
          if (named->kind == PrincipalKind::Service) {
            truth[p] = info.kind == PrincipalKind::Service && sd::iequals(info.name, named->name);
          } else if (named->kind == PrincipalKind::Role) {
            truth[p] = (info.kind == PrincipalKind::Role || info.kind == PrincipalKind::AssumedRole) &&
                       info.account == named->account && info.name == named->name;
          } else if (named->kind == PrincipalKind::Root) {
            truth[p] = info.kind == PrincipalKind::Root && info.account == named->account;
          } else {
            truth[p] = info.text == named->text;
          }
          break;
        case Party::Kind::Organization: break;
      }
    }
    any.push_back(principal_is(truth));
  }
  return w.outside ? !z3::mk_or(any) : z3::mk_or(any);
}

z3::expr Encoder::predicate(const CompiledClaim& cc, size_t index) {
  const Predicate& p = cc.claim.where[index];
  z3::expr e = z_.bool_val(true);
  switch (p.kind) {
    case Predicate::Kind::Condition: {
      const sd::Condition& c = cc.conditions[index];
      if (c.op_text.empty()) throw std::logic_error("verifier: claim condition was not compiled");
      Call direct{space_.binding.get(), false, std::nullopt, std::nullopt, std::nullopt, false, unknown_s3_};
      e = condition(c, direct);
      break;
    }
    case Predicate::Kind::Prefix: {
      const std::string start = space_.bucket_arn + "/" + p.prefix;
      std::vector<bool> truth(space_.resources.size());
      for (size_t r = 0; r < truth.size(); ++r) truth[r] = space_.resources[r].starts_with(start);
      e = resource_is(truth);
      break;
    }
    case Predicate::Kind::AppliedEncryption:
      // A multipart step stores nothing of its own: the object's encryption
      // was chosen by the CreateMultipartUpload request, which is a request
      // of the space too. So the predicate (negated or not) does not hold.
      e = applied_encryption(p.algorithm, p.kms_key);
      return !parts_only() && (p.negated ? !e : e);
  }
  return p.negated ? !e : e;
}

z3::expr Encoder::scope(size_t index) {
  const CompiledClaim& cc = space_.claims[index];
  z3::expr_vector parts(z_);
  if (!cc.actions.empty()) {
    std::vector<bool> truth(space_.actions.size());
    for (size_t a = 0; a < truth.size(); ++a) {
      // A claim about s3:PutObject covers every operation authorized as it.
      for (const auto& pattern : cc.actions)
        truth[a] = truth[a] || pattern.match(space_.actions[a], {}) || pattern.match(space_.iam_actions[a], {});
    }
    parts.push_back(action_is(truth));
  }
  if (cc.claim.prefix) {
    const std::string start = space_.bucket_arn + "/" + *cc.claim.prefix;
    std::vector<bool> truth(space_.resources.size());
    for (size_t r = 0; r < truth.size(); ++r) truth[r] = space_.resources[r].starts_with(start);
    parts.push_back(resource_is(truth));
  }
  parts.push_back(who(cc.claim.who));
  if (cc.claim.beyond_the_lockout_escape) parts.push_back(!lockout_escape_);
  for (size_t i = 0; i < cc.claim.where.size(); ++i) parts.push_back(predicate(cc, i));
  return z3::mk_and(parts);
}

Assignment Encoder::read(const z3::model& m) const {
  auto number = [&](const z3::expr& v) { return static_cast<unsigned>(m.eval(v, true).get_numeral_uint64()); };
  auto truth = [&](const z3::expr& v) { return m.eval(v, true).is_true(); };
  Assignment a;
  a.principal = number(p_);
  a.action = number(a_);
  a.resource = number(r_);
  a.object = number(o_);
  for (size_t d = 0; d < space_.keys.size(); ++d) {
    const KeyDim& k = space_.keys[d];
    if (k.multi) {
      a.keys.push_back(-1);
      a.present.push_back(truth(*present_[d]));
      std::vector<bool> members;
      for (const auto& mv : members_[d]) members.push_back(truth(mv));
      a.sets.push_back(std::move(members));
    } else {
      const unsigned v = number(*key_vars_[d]);
      a.keys.push_back(v >= k.reps.size() ? -1 : static_cast<int>(v));
      a.present.push_back(false);
      a.sets.emplace_back();
    }
  }
  a.unknown_s3 = truth(unknown_s3_);
  a.unknown_kms = truth(unknown_kms_);
  a.unknown_bypass = truth(unknown_bypass_);
  return a;
}

std::vector<z3::expr> Encoder::variables() const {
  std::vector<z3::expr> out = {p_, a_, r_, o_, unknown_s3_, unknown_kms_, unknown_bypass_};
  for (size_t d = 0; d < space_.keys.size(); ++d) {
    if (space_.keys[d].multi) {
      out.push_back(*present_[d]);
      for (const auto& m : members_[d]) out.push_back(m);
    } else {
      out.push_back(*key_vars_[d]);
    }
  }
  return out;
}

std::vector<uint64_t> Encoder::values(const Assignment& a) const {
  std::vector<uint64_t> out = {a.principal,  a.action,      a.resource,      a.object,
                               a.unknown_s3, a.unknown_kms, a.unknown_bypass};
  for (size_t d = 0; d < space_.keys.size(); ++d) {
    const KeyDim& k = space_.keys[d];
    if (k.multi) {
      out.push_back(a.present[d]);
      for (size_t i = 0; i < k.reps.size(); ++i) out.push_back(a.present[d] && a.sets[d][i]);
    } else {
      out.push_back(a.keys[d] < 0 ? k.reps.size() : static_cast<uint64_t>(a.keys[d]));
    }
  }
  return out;
}

z3::model Encoder::model_of(const Assignment& a) const {
  z3::model m(z_);
  auto set_bv = [&](const z3::expr& var, uint64_t value) {
    z3::func_decl f = var.decl();
    z3::expr v = z_.bv_val(value, var.get_sort().bv_size());
    m.add_const_interp(f, v);
  };
  auto set_bool = [&](const z3::expr& var, bool value) {
    z3::func_decl f = var.decl();
    z3::expr v = z_.bool_val(value);
    m.add_const_interp(f, v);
  };
  set_bv(p_, a.principal);
  set_bv(a_, a.action);
  set_bv(r_, a.resource);
  set_bv(o_, a.object);
  for (size_t d = 0; d < space_.keys.size(); ++d) {
    const KeyDim& k = space_.keys[d];
    if (k.multi) {
      set_bool(*present_[d], a.present[d]);
      for (size_t i = 0; i < members_[d].size(); ++i) set_bool(members_[d][i], a.present[d] && a.sets[d][i]);
    } else {
      set_bv(*key_vars_[d], a.keys[d] < 0 ? k.reps.size() : static_cast<uint64_t>(a.keys[d]));
    }
  }
  set_bool(unknown_s3_, a.unknown_s3);
  set_bool(unknown_kms_, a.unknown_kms);
  set_bool(unknown_bypass_, a.unknown_bypass);
  return m;
}

std::vector<std::pair<z3::expr, std::string>> Encoder::simplifications() const {
  std::vector<std::pair<z3::expr, std::string>> out;
  out.emplace_back(!unknown_s3_, "");
  out.emplace_back(!unknown_kms_, "");
  out.emplace_back(!unknown_bypass_, "");
  out.emplace_back(o_ == z_.bv_val(0, o_.get_sort().bv_size()), "");
  // The IAM action itself rather than an operation authorized as it (s3:PutObject, not s3:CopyObject).
  std::vector<bool> plain(space_.actions.size());
  for (size_t a = 0; a < plain.size(); ++a) plain[a] = space_.actions[a] == space_.iam_actions[a];
  out.emplace_back(action_is(plain), "");
  for (size_t d = 0; d < space_.keys.size(); ++d) {
    if (!space_.keys[d].always_present) out.emplace_back(key_absent(d), space_.keys[d].name);
  }
  return out;
}

}  // namespace bslc::verify::detail
