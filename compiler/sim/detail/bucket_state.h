// Internal: a bucket compiled for evaluation — the bucket program, the KMS
// key-policy program and the settings-derived facts the feature checks read.
// The simulator evaluates it request by request; the verifier (compiler/verify)
// encodes the very same compiled programs symbolically, so both read every
// policy through one compiler. Invariant: immutable once built.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "sim/bucket.h"
#include "sim/detail/program.h"

namespace bslc::sim {

struct BucketSimulator::State {
  std::shared_ptr<const detail::Program> bucket;
  std::shared_ptr<const detail::Program> kms;  // null without a key policy; its key table extends bucket's
  const detail::Program& binding() const { return kms ? *kms : *bucket; }
  BucketSettings settings;
  std::string resource_account;
  PublicPolicyReport report;
  PublicAccessBlock effective;
  bool owner_and_services_only = false;  // RestrictPublicBuckets on a public policy
  std::string via_service;               // s3.<region>.amazonaws.com
  uint32_t key_via_service = 0, key_caller_account = 0, key_encryption_context = 0;
};

namespace detail {

// `seed`: a key table the programs extend (compile_program), so that one
// binding serves this state and the one the table came from (the verifier's diff).
std::shared_ptr<const BucketSimulator::State> build_bucket_state(const BucketConfig& config,
                                                                 std::vector<CompileIssue>& issues,
                                                                 const detail::KeyTable* seed = nullptr);

// The actions the bucket owner's root user may always call, whatever the
// bucket policy says (bucket.h): Get/Put/DeleteBucketPolicy.
bool owner_root_may_always(std::string_view action);

}  // namespace detail
}  // namespace bslc::sim
