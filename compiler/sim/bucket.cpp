// BucketSimulator: the policy decision (detail/authorize) followed by the
// bucket's own checks for permitted requests, in the order S3 applies them:
// MFA Delete, Object Lock, ACLs, encryption (with the KMS call it implies).
#include "sim/bucket.h"

#include <fmt/format.h>

#include <array>

#include "sim/detail/arn.h"
#include "sim/detail/bucket_state.h"
#include "sim/detail/engine.h"
#include "sim/detail/scalar.h"
#include "sim/request_shape.h"

namespace bslc::sim {

namespace {

using detail::iequals;

constexpr std::string_view kViaService = "kms:ViaService";
constexpr std::string_view kCallerAccount = "kms:CallerAccount";
constexpr std::string_view kEncryptionContext = "kms:EncryptionContext:aws:s3:arn";

PublicAccessBlock either(const PublicAccessBlock& a, const PublicAccessBlock& b) {
  return PublicAccessBlock{a.block_public_acls || b.block_public_acls, a.ignore_public_acls || b.ignore_public_acls,
                           a.block_public_policy || b.block_public_policy,
                           a.restrict_public_buckets || b.restrict_public_buckets};
}

bool is_kms(SseAlgorithm a) { return a == SseAlgorithm::SseKms || a == SseAlgorithm::DsseKms; }

bool truthy(const ContextValue* v) { return v && v->kind != ContextValue::Kind::List && iequals(v->text, "true"); }

// "arn:aws:s3:::bucket/key" -> {"arn:aws:s3:::bucket", "key"}; key empty for a bucket ARN.
struct S3Resource {
  std::string_view bucket_arn;
  std::string_view key;
};
S3Resource split_s3_resource(std::string_view arn) {
  const auto f = detail::split_arn(arn);
  if (f.count != 6) return {arn, {}};
  const size_t slash = f.field[5].find('/');
  if (slash == std::string_view::npos) return {arn, {}};
  const size_t cut = static_cast<size_t>(f.field[5].data() - arn.data()) + slash;
  return {arn.substr(0, cut), arn.substr(cut + 1)};
}

// The checks for one permitted request. Each returns false after refusing.
class Checks {
 public:
  // `req` is the request AWS evaluates (shaped); `given` the caller's, whose
  // header values the Result may view (they outlive a shaped copy).
  Checks(const BucketSimulator::State& st, const Request& req, const Request& given, const RequestShape& shape,
         const PrincipalInfo& p, const detail::Call& s3_call, detail::Scratch& scratch, Result& out, bool trace)
      : st_(st),
        req_(req),
        given_(given),
        shape_(shape),
        p_(p),
        s3_call_(s3_call),
        scratch_(scratch),
        out_(out),
        trace_(trace) {}

  void run() {
    const std::string_view a = req_.action;
    if (iequals(a, "s3:PutObject") && !sse_c_allowed()) return;
    if (shape_.parts_only) {
      note(
          "{}: a part of a multipart upload carries no encryption, tagging, ACL or object-lock headers; the "
          "object gets the encryption chosen when the upload started",
          shape_.operation);
      return;
    }
    const bool delete_version = iequals(a, "s3:DeleteObjectVersion");
    if ((delete_version || iequals(a, "s3:PutBucketVersioning")) && !mfa_delete()) return;
    if ((delete_version || iequals(a, "s3:PutObjectRetention")) && !object_lock(delete_version)) return;
    if (iequals(a, "s3:PutObject") || iequals(a, "s3:PutObjectAcl") || iequals(a, "s3:PutBucketAcl") ||
        iequals(a, "s3:CreateBucket")) {
      if (!acl()) return;
    }
    if (iequals(a, "s3:PutObject")) {
      put_encryption();
    } else if (iequals(a, "s3:GetObject") || iequals(a, "s3:GetObjectVersion")) {
      get_encryption();
    }
  }

 private:
  template <typename... Args>
  void note(fmt::format_string<Args...> f, Args&&... args) {
    if (trace_) out_.notes.push_back(fmt::format(f, std::forward<Args>(args)...));
  }

  bool refuse(Decision d, Reason r, std::string_view why) {
    out_.decision = d;
    out_.reason = r;
    out_.statements.clear();
    out_.encryption.reset();
    if (trace_) out_.notes.emplace_back(why);
    return false;
  }

  // BlockedEncryptionTypes refuses every upload that asks for SSE-C.
  bool sse_c_allowed() {
    if (!st_.settings.sse_c_blocked || !req_.find("s3:x-amz-server-side-encryption-customer-algorithm")) return true;
    return refuse(Decision::ExplicitDeny, Reason::SseCBlocked,
                  "SSE-C is blocked on this bucket (BlockedEncryptionTypes: SSE-C, AWS's default since April 2026): "
                  "uploads that ask for SSE-C get 403 AccessDenied");
  }

  bool insecure() const {
    const ContextValue* v = req_.find("aws:SecureTransport");
    return v && iequals(v->text, "false");
  }

  const ObjectState* object_state() const {
    if (req_.object) return &*req_.object;
    const auto key = split_s3_resource(req_.resource).key;
    auto it = st_.settings.objects.find(key);
    return it == st_.settings.objects.end() ? nullptr : &it->second;
  }

  bool mfa_delete() {
    if (!(st_.settings.versioning && st_.settings.mfa_delete)) return true;
    const ContextValue* mfa = req_.find("s3:x-amz-mfa");
    if (!mfa || mfa->text.empty()) {
      return refuse(Decision::ExplicitDeny, Reason::MfaDelete,
                    "MFA Delete is enabled: this request needs the x-amz-mfa header (context key s3:x-amz-mfa)");
    }
    if (insecure()) return refuse(Decision::ExplicitDeny, Reason::MfaDelete, "MFA Delete requests must use HTTPS");
    note("MFA Delete: x-amz-mfa header present over HTTPS");
    return true;
  }

  // Retention still running? Unknown dates or an unknown current time count as running.
  bool retention_active(const ObjectState* state) const {
    if (!state || state->retain_until.empty()) return true;
    int64_t until = 0, now = 0;
    if (!detail::parse_date(state->retain_until, until)) return true;
    const ContextValue* current = req_.find("aws:CurrentTime");
    if (!current) current = req_.find("aws:EpochTime");
    if (!current || !detail::parse_date(current->text, now)) return true;
    return now < until;
  }

  // Does this PutObjectRetention shorten, remove or downgrade the lock?
  bool weakens_retention(LockMode current, const ObjectState* state) const {
    const ContextValue* mode = req_.find("s3:object-lock-mode");
    const ContextValue* until = req_.find("s3:object-lock-retain-until-date");
    if (!mode && !until) return true;  // no retention in the request: removes it
    if (mode) {
      const auto m = parse_lock_mode(mode->text);
      if (m && current == LockMode::Compliance && *m != LockMode::Compliance) return true;
      if (m && *m == LockMode::None) return true;
    }
    int64_t requested = 0, existing = 0;
    if (until && state && detail::parse_date(until->text, requested) &&
        detail::parse_date(state->retain_until, existing)) {
      return requested < existing;
    }
    return false;
  }

  bool object_lock(bool delete_version) {
    const ObjectState* state = object_state();
    if (delete_version && state && state->legal_hold) {
      return refuse(Decision::ExplicitDeny, Reason::ObjectLock,
                    "Object Lock: a legal hold protects this version; nothing bypasses it");
    }
    LockMode mode = st_.settings.object_lock.enabled ? st_.settings.object_lock.default_mode : LockMode::None;
    if (state && state->lock_mode) mode = *state->lock_mode;
    if (mode == LockMode::None || !retention_active(state)) return true;
    if (!delete_version && !weakens_retention(mode, state)) {
      note("Object Lock: the new retention does not weaken the {} lock", to_string(mode));
      return true;
    }
    if (mode == LockMode::Compliance) {
      return refuse(Decision::ExplicitDeny, Reason::ObjectLock,
                    "Object Lock: COMPLIANCE retention cannot be shortened or bypassed by anyone, root included");
    }
    if (!truthy(req_.find("s3:x-amz-bypass-governance-retention"))) {
      return refuse(Decision::ExplicitDeny, Reason::ObjectLock,
                    "Object Lock: GOVERNANCE retention needs the x-amz-bypass-governance-retention: true header "
                    "(context key s3:x-amz-bypass-governance-retention) and s3:BypassGovernanceRetention");
    }
    detail::Call bypass = s3_call_;
    bypass.action = "s3:BypassGovernanceRetention";
    const size_t before = out_.statements.size();
    // Same request context: the slots bound for the S3 call still hold (no KMS call ran yet).
    const auto outcome = detail::decide(*st_.bucket, bypass, scratch_, out_, trace_);
    if (outcome.decision != Decision::Allow) {
      out_.statements.erase(out_.statements.begin(), out_.statements.begin() + static_cast<ptrdiff_t>(before));
      out_.decision = outcome.decision;
      out_.reason = Reason::ObjectLock;
      note("Object Lock: GOVERNANCE bypass header sent, but s3:BypassGovernanceRetention is not allowed");
      return false;
    }
    note("Object Lock: GOVERNANCE retention bypassed with s3:BypassGovernanceRetention");
    return true;
  }

  bool acl() {
    static constexpr std::array<std::string_view, 5> kGrantKeys = {
        "s3:x-amz-grant-read", "s3:x-amz-grant-write", "s3:x-amz-grant-read-acp", "s3:x-amz-grant-write-acp",
        "s3:x-amz-grant-full-control"};
    const ContextValue* canned = req_.find("s3:x-amz-acl");
    bool any_grant = false, public_grant = false;
    for (auto key : kGrantKeys) {
      const ContextValue* g = req_.find(key);
      if (!g) continue;
      any_grant = true;
      public_grant = public_grant || g->text.find("AllUsers") != std::string::npos ||
                     g->text.find("AuthenticatedUsers") != std::string::npos;
    }
    const bool public_canned = canned && (canned->text == "public-read" || canned->text == "public-read-write" ||
                                          canned->text == "authenticated-read");
    if (st_.settings.object_ownership == ObjectOwnership::BucketOwnerEnforced &&
        ((canned && canned->text != "bucket-owner-full-control") || any_grant)) {
      return refuse(Decision::ExplicitDeny, Reason::AclNotSupported,
                    "Object Ownership is BucketOwnerEnforced: ACLs other than bucket-owner-full-control are refused "
                    "(AccessControlListNotSupported)");
    }
    if (st_.effective.block_public_acls && (public_canned || public_grant)) {
      return refuse(Decision::ExplicitDeny, Reason::PublicAccessBlock,
                    "BlockPublicAcls refuses a request that carries a public ACL");
    }
    return true;
  }

  static bool same_key(std::string_view key, std::string_view arn) {
    return key == arn || (arn.size() > key.size() && arn.ends_with(key) && arn[arn.size() - key.size() - 1] == '/');
  }

  // The KMS call S3 makes for the caller. False after refusing.
  bool kms_allows(std::string_view kms_action, std::string_view key, std::string_view context_arn) {
    if (p_.kind == PrincipalKind::Anonymous) {
      return refuse(Decision::ImplicitDeny, Reason::KmsKeyPolicy,
                    "SSE-KMS: KMS cannot be called for an anonymous request");
    }
    if (key.empty() || key.ends_with("alias/aws/s3")) {
      if (p_.kind == PrincipalKind::Service || p_.account != st_.resource_account) {
        return refuse(Decision::ImplicitDeny, Reason::KmsKeyPolicy,
                      "SSE-KMS: the AWS managed key aws/s3 serves only its own account; use a customer managed key");
      }
      note("SSE-KMS: {} with the AWS managed key aws/s3 (same account)", kms_action);
      return true;
    }
    if (!st_.kms) {
      note("SSE-KMS: no KMS key policy configured; {} on {} is not checked", kms_action, key);
      return true;
    }
    if (!st_.settings.kms_key_arn.empty() && !same_key(key, st_.settings.kms_key_arn)) {
      note("SSE-KMS: key {} is not the modelled key {}; not checked", key, st_.settings.kms_key_arn);
      return true;
    }
    const std::string_view key_arn =
        st_.settings.kms_key_arn.empty() ? key : std::string_view(st_.settings.kms_key_arn);
    std::array<detail::Extra, 3> extras{};
    size_t n = 0;
    extras[n++] = {st_.key_via_service, st_.via_service};
    extras[n++] = {st_.key_encryption_context, context_arn};
    if (!p_.account.empty()) extras[n++] = {st_.key_caller_account, p_.account};
    detail::Call call;
    call.principal = &p_;
    call.action = kms_action;
    call.resource = key_arn;
    call.context = &req_.context;
    call.forwarded = true;
    call.extras = std::span<const detail::Extra>(extras.data(), n);
    const size_t before = out_.statements.size();
    detail::rebind_forwarded(*st_.kms, call, scratch_);
    const auto outcome = detail::decide(*st_.kms, call, scratch_, out_, trace_);
    if (outcome.decision != Decision::Allow) {
      out_.statements.erase(out_.statements.begin(), out_.statements.begin() + static_cast<ptrdiff_t>(before));
      out_.decision = outcome.decision;
      out_.reason = Reason::KmsKeyPolicy;
      out_.encryption.reset();
      note("SSE-KMS: {} on {} is not allowed for the caller", kms_action, key_arn);
      return false;
    }
    note("SSE-KMS: {} on {} allowed", kms_action, key_arn);
    return true;
  }

  void put_encryption() {
    const ContextValue* sse_c = req_.find("s3:x-amz-server-side-encryption-customer-algorithm");
    const ContextValue* sse = req_.find("s3:x-amz-server-side-encryption");
    const ContextValue* key = req_.find("s3:x-amz-server-side-encryption-aws-kms-key-id");
    const Encryption& def = st_.settings.default_encryption;
    AppliedEncryption enc;
    if (sse_c) {
      enc.algorithm = SseAlgorithm::SseC;
    } else if (sse) {
      const auto alg = parse_sse_algorithm(sse->text);
      if (!alg || *alg == SseAlgorithm::None || *alg == SseAlgorithm::SseC) {
        refuse(Decision::ExplicitDeny, Reason::InvalidRequest, "unsupported x-amz-server-side-encryption value");
        out_.error = fmt::format("`{}` is not AES256, aws:kms or aws:kms:dsse", sse->text);
        return;
      }
      enc.algorithm = *alg;
      // With aws:kms and no key id, S3 uses the AWS managed key aws/s3 (§3.2).
      // The view is into the caller's request, which outlives a shaped copy.
      if (is_kms(*alg) && key) {
        const ContextValue* given_key = given_.find("s3:x-amz-server-side-encryption-aws-kms-key-id");
        enc.kms_key_arn = given_key ? std::string_view(given_key->text) : std::string_view(key->text);
      }
      enc.bucket_key = *alg == SseAlgorithm::SseKms && def.bucket_key && def.algorithm == SseAlgorithm::SseKms;
    } else {
      enc.algorithm = def.algorithm;
      enc.kms_key_arn = def.kms_key_arn;
      enc.bucket_key = def.bucket_key && def.algorithm == SseAlgorithm::SseKms;
      enc.from_bucket_default = true;
    }
    if ((is_kms(enc.algorithm) || enc.algorithm == SseAlgorithm::SseC) && insecure()) {
      refuse(Decision::ExplicitDeny, Reason::EncryptionRequiresTls, "SSE-KMS and SSE-C uploads must use HTTPS");
      return;
    }
    if (is_kms(enc.algorithm)) {
      const auto where = split_s3_resource(req_.resource);
      if (!kms_allows("kms:GenerateDataKey", enc.kms_key_arn, enc.bucket_key ? where.bucket_arn : req_.resource)) {
        return;
      }
    }
    out_.encryption = enc;
    note("encryption: {}{}", to_string(enc.algorithm), enc.from_bucket_default ? " (bucket default)" : "");
  }

  void get_encryption() {
    const ObjectState* state = object_state();
    const Encryption& enc = state && state->encryption ? *state->encryption : st_.settings.default_encryption;
    if ((is_kms(enc.algorithm) || enc.algorithm == SseAlgorithm::SseC) && insecure()) {
      refuse(Decision::ExplicitDeny, Reason::EncryptionRequiresTls, "reading SSE-KMS or SSE-C objects requires HTTPS");
      return;
    }
    if (is_kms(enc.algorithm)) {
      const auto where = split_s3_resource(req_.resource);
      kms_allows("kms:Decrypt", enc.kms_key_arn, enc.bucket_key ? where.bucket_arn : req_.resource);
    }
  }

  const BucketSimulator::State& st_;
  const Request& req_;
  const Request& given_;
  const RequestShape& shape_;
  const PrincipalInfo& p_;
  const detail::Call& s3_call_;
  detail::Scratch& scratch_;
  Result& out_;
  bool trace_;
};

// S3 lets the bucket owner's root user read, replace and delete the bucket
// policy whatever it says (bucket.h).
bool owner_root_policy_call(const PrincipalInfo& p, std::string_view action, std::string_view owner) {
  if (p.kind != PrincipalKind::Root || owner.empty() || p.account != owner) return false;
  return detail::owner_root_may_always(action);
}

}  // namespace

namespace detail {

bool owner_root_may_always(std::string_view action) {
  return iequals(action, "s3:GetBucketPolicy") || iequals(action, "s3:PutBucketPolicy") ||
         iequals(action, "s3:DeleteBucketPolicy");
}

}  // namespace detail

std::string identity_document_name(std::string_view arn, size_t index, size_t count) {
  return count == 1 ? fmt::format("identity:{}", arn) : fmt::format("identity:{}[{}]", arn, index);
}

namespace detail {

std::shared_ptr<const BucketSimulator::State> build_bucket_state(const BucketConfig& config,
                                                                 std::vector<CompileIssue>& issues,
                                                                 const KeyTable* seed) {
  auto state = std::make_shared<BucketSimulator::State>();

  PolicySet bucket_set;
  if (config.bucket_policy)
    bucket_set.resource_policy = NamedDocument{std::string(kBucketPolicyName), *config.bucket_policy};
  for (const auto& [arn, docs] : config.identities) {
    auto& named = bucket_set.identities[arn];
    for (size_t i = 0; i < docs.size(); ++i) named.push_back({identity_document_name(arn, i, docs.size()), docs[i]});
  }
  bucket_set.resource_account = config.resource_account;
  bucket_set.anonymous_principal_account = config.anonymous_principal_account;
  state->bucket = compile_program(bucket_set, issues, seed);

  if (config.kms_key_policy) {
    PolicySet kms_set;
    kms_set.resource_policy = NamedDocument{std::string(kKmsKeyPolicyName), *config.kms_key_policy};
    kms_set.identities = bucket_set.identities;
    const auto key = split_arn(config.settings.kms_key_arn);
    kms_set.resource_account =
        key.count == 6 && !key.field[4].empty() ? std::string(key.field[4]) : config.resource_account;
    kms_set.grant_rule = GrantRule::ResourceMustGrant;
    kms_set.anonymous_principal_account = config.anonymous_principal_account;
    kms_set.extra_keys = {std::string(kViaService), std::string(kCallerAccount), std::string(kEncryptionContext)};
    std::vector<CompileIssue> kms_issues;
    // Seeded with the bucket program's keys: one binding then serves both programs.
    state->kms = compile_program(kms_set, kms_issues, &state->bucket->keys);
    // Identity documents were already reported by the bucket compile.
    for (auto& i : kms_issues) {
      if (i.document == kKmsKeyPolicyName) issues.push_back(std::move(i));
    }
    state->key_via_service = static_cast<uint32_t>(state->kms->keys.find(kViaService));
    state->key_caller_account = static_cast<uint32_t>(state->kms->keys.find(kCallerAccount));
    state->key_encryption_context = static_cast<uint32_t>(state->kms->keys.find(kEncryptionContext));
  }

  state->settings = config.settings;
  state->resource_account = config.resource_account;
  if (config.bucket_policy) state->report = analyze_public_policy(*config.bucket_policy);
  state->effective = either(config.settings.public_access_block, config.settings.account_public_access_block);
  state->owner_and_services_only = state->effective.restrict_public_buckets && state->report.is_public;
  state->via_service = fmt::format("s3.{}.amazonaws.com", config.settings.region);
  return state;
}

}  // namespace detail

BucketSimulator::Created BucketSimulator::create(const BucketConfig& config) {
  std::vector<CompileIssue> issues;
  auto state = detail::build_bucket_state(config, issues);
  return Created{BucketSimulator(std::move(state)), std::move(issues)};
}

void BucketSimulator::evaluate(const Request& given, Workspace& workspace, Result& out, EvalOptions options) const {
  out.clear();
  const auto principal = parse_principal(given.principal, &out.error);
  if (!principal) {
    out.reason = Reason::InvalidRequest;
    return;
  }
  const RequestShape shape = shape_request(given, workspace.shaped_request());
  const Request& request = shape.changed ? workspace.shaped_request() : given;
  if (options.trace && !shape.operation.empty())
    out.notes.push_back(fmt::format("{} is authorized as {}", shape.operation, request.action));
  if (options.trace && !shape.dropped_key.empty())
    out.notes.push_back(fmt::format("{} requests do not carry {}: the key is absent",
                                    shape.operation.empty() ? std::string_view(request.action) : shape.operation,
                                    shape.dropped_key));
  const State& st = *state_;
  detail::Call call;
  call.principal = &*principal;
  call.action = request.action;
  call.resource = request.resource;
  call.context = &request.context;
  call.owner_and_services_only = st.owner_and_services_only;
  detail::bind(st.binding(), call, workspace.scratch());
  const auto outcome = detail::decide(*st.bucket, call, workspace.scratch(), out, options.trace);
  out.decision = outcome.decision;
  if (out.decision != Decision::Allow && owner_root_policy_call(*principal, request.action, st.resource_account)) {
    out.decision = Decision::Allow;
    out.reason = Reason::OwnerRootPolicyAccess;
    out.statements.clear();
    if (options.trace)
      out.notes.push_back(
          fmt::format("the root user of the bucket owner {} may always call {}, whatever the bucket "
                      "policy says (AWS's lockout escape)",
                      st.resource_account, request.action));
    return;
  }
  if (out.decision != Decision::Allow) {
    if (outcome.ignored_public_grant) {
      out.reason = Reason::PublicAccessBlock;
      if (options.trace) {
        out.notes.push_back(fmt::format(
            "RestrictPublicBuckets: the bucket policy is public, so its Allows count only for account {} and AWS "
            "service principals",
            st.resource_account));
      }
    }
    return;
  }
  Checks(st, request, given, shape, *principal, call, workspace.scratch(), out, options.trace).run();
}

Result BucketSimulator::evaluate(const Request& request, EvalOptions options) const {
  Workspace workspace;
  Result result;
  evaluate(request, workspace, result, options);
  return result;
}

PutPolicyOutcome BucketSimulator::put_bucket_policy(const policy::Document& new_policy) const {
  PutPolicyOutcome outcome;
  outcome.report = analyze_public_policy(new_policy);
  if (outcome.report.is_public && state_->effective.block_public_policy) {
    outcome.accepted = false;
    const auto& first = outcome.report.statements.front();
    outcome.message = fmt::format("BlockPublicPolicy refuses a public bucket policy: statement {}{}: {}", first.index,
                                  first.sid.empty() ? "" : fmt::format(" ({})", first.sid), first.reason);
  }
  return outcome;
}

const PublicPolicyReport& BucketSimulator::bucket_policy_report() const { return state_->report; }
const BucketSettings& BucketSimulator::settings() const { return state_->settings; }
PublicAccessBlock BucketSimulator::effective_public_access_block() const { return state_->effective; }

}  // namespace bslc::sim
