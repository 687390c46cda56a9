// Internal: AWS authorization of one bucket as an SMT formula over the
// request space (space.h). It mirrors the simulator rule for rule —
// detail::decide for each call (deny over allow; same-account OR, cross-account
// AND, account delegation, RestrictPublicBuckets; the KMS rule for key
// policies) and BucketSimulator's feature checks (MFA Delete, Object Lock,
// ACLs, encryption and the KMS calls S3 makes) — while every atomic fact
// (does this principal entry name this caller, does this pattern match this
// action, does this condition hold for this value) is computed by the
// simulator's own functions on each representative. So the two engines share
// every parser and matcher and differ only in how they combine facts, which
// the differential tests compare.
#pragma once
#include <z3++.h>

#include <optional>
#include <string>
#include <vector>

#include "sim/detail/engine.h"
#include "verify/space.h"

namespace bslc::verify::detail {

// One value per dimension: a point of the request space.
struct Assignment {
  unsigned principal = 0, action = 0, resource = 0, object = 0;
  std::vector<int> keys;                // scalar dims: rep index, -1 = absent
  std::vector<std::vector<bool>> sets;  // multi dims: membership per rep (empty + !present = absent)
  std::vector<bool> present;            // multi dims
  bool unknown_s3 = false, unknown_kms = false, unknown_bypass = false;
};

class Encoder {
 public:
  // `state`: the side to encode (a diff encodes two over one space); default the space's own.
  // Encoders over one space in one context share the request variables.
  Encoder(z3::context& z, const Space& space, const sim::BucketSimulator::State* state = nullptr);

  const z3::expr& wellformed() const { return wellformed_; }
  const z3::expr& allowed() const { return allowed_; }
  z3::expr scope(size_t claim);
  // Closed world: the callers have exactly the identity policies given.
  z3::expr closed_world() const { return !unknown_s3_ && !unknown_kms_ && !unknown_bypass_; }
  // The object version touched has no state of its own: the bucket's defaults apply.
  z3::expr default_object() const { return o_ == z_.bv_val(0, o_.get_sort().bv_size()); }

  Assignment read(const z3::model& model) const;
  // Every variable of the encoding, and an assignment's values in that order (for Formula).
  std::vector<z3::expr> variables() const;
  std::vector<uint64_t> values(const Assignment& a) const;
  z3::model model_of(const Assignment& a) const;
  // Assumptions that make the request smaller: each key absent, no unknown identity, default object.
  std::vector<std::pair<z3::expr, std::string>> simplifications() const;
  z3::expr key_absent(size_t dim) const;
  // The request's principal / action is this representative (a diff blocks the classes it has reported).
  z3::expr principal_at(unsigned index) const;
  z3::expr action_at(unsigned index) const;
  z3::expr resource_in(const std::vector<bool>& truth) const { return resource_is(truth); }
  // A scalar key's value is this representative (-1: the key is absent).
  z3::expr key_at(size_t dim, int rep) const;
  // A set-valued key is present.
  z3::expr key_present(size_t dim) const { return *present_[dim]; }
  // The request is authorized as the same IAM action as this representative (s3:UploadPart as s3:PutObject).
  z3::expr iam_action_as(unsigned index) const;

  const std::vector<std::string>& direct_constant_keys() const { return direct_constant_keys_; }

 private:
  struct Call;
  struct CallResult {
    z3::expr allow, deny;
  };
  // One way a PutObject can be encrypted, and when it happens.
  struct EncryptionCase {
    z3::expr guard;
    bool invalid = false;  // the header value is refused
    sim::SseAlgorithm algorithm = sim::SseAlgorithm::SseS3;
    std::string key;
    bool bucket_key = false;
  };

  z3::expr among(const z3::expr& var, size_t count, const std::vector<bool>& truth) const;
  z3::expr principal_is(const std::vector<bool>& truth) const { return among(p_, space_.principals.size(), truth); }
  z3::expr action_is(const std::vector<bool>& truth) const { return among(a_, space_.actions.size(), truth); }
  z3::expr resource_is(const std::vector<bool>& truth) const { return among(r_, space_.resources.size(), truth); }
  z3::expr object_is(const std::vector<bool>& truth) const { return among(o_, space_.objects.size(), truth); }
  z3::expr key_rep_is(size_t dim, const std::vector<bool>& truth, bool absent_value) const;

  z3::expr condition(const sd::Condition& c, const Call& call);
  bool eval_condition(const sd::Condition& c, const Call& call, unsigned principal, const sim::ContextEntry* entry,
                      std::string_view ec);
  CallResult encode_call(const Call& call);
  z3::expr action_named(std::string_view name) const;
  template <typename Predicate>
  z3::expr key_text_is(std::string_view key, bool absent_value, Predicate predicate) const;
  z3::expr insecure() const;
  z3::expr parts_only() const;
  z3::expr sse_c_refused() const;
  z3::expr kms_allows(std::string_view action, const std::string& key, bool bucket_key);
  z3::expr mfa_delete_ok() const;
  z3::expr object_lock_ok();
  z3::expr acl_ok() const;
  z3::expr put_encryption_ok();
  z3::expr get_encryption_ok();
  void build_encryption_cases();
  z3::expr applied_encryption(sim::SseAlgorithm algorithm, const std::string& key) const;
  z3::expr who(const Who& w) const;
  z3::expr predicate(const CompiledClaim& cc, size_t index);

  z3::context& z_;
  const Space& space_;
  const sim::BucketSimulator::State& st_;
  z3::expr p_, a_, r_, o_;
  std::vector<std::optional<z3::expr>> key_vars_, present_;
  std::vector<std::vector<z3::expr>> members_;
  z3::expr unknown_s3_, unknown_kms_, unknown_bypass_;
  z3::expr wellformed_, allowed_;
  z3::expr lockout_escape_;  // the owner's root user managing the bucket policy
  std::vector<EncryptionCase> put_cases_;
  std::vector<std::string> direct_constant_keys_;
  sd::Scratch scratch_;
  std::vector<sim::ContextEntry> context_;
};

}  // namespace bslc::verify::detail
