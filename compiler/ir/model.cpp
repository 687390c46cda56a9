#include "ir/model.h"

#include "source/first_index.h"

namespace bslc::ir {

std::string Principal::principal_arn() const {
  if (kind == PrincipalKind::Account) return "arn:aws:iam::" + value + ":root";
  return value;
}

// Every stage looks buckets up once per bucket: by hash, not by scan. The
// index is a per-thread cache beside the model (source/first_index.h), so
// the model stays a plain aggregate.
const Bucket* Model::find_bucket(const std::string& id) const {
  thread_local FirstIndex index;
  return index.find(buckets, id, [](const Bucket& b) -> const std::string& { return b.id; });
}

const Bucket* Model::find_bucket_by_name(const std::string& physical_name) const {
  thread_local FirstIndex index;
  return index.find(buckets, physical_name, [](const Bucket& b) -> const std::string& { return b.name; });
}

const char* to_string(EncryptionMode m) {
  switch (m) {
    case EncryptionMode::SseS3: return "sse_s3";
    case EncryptionMode::SseKms: return "sse_kms";
    case EncryptionMode::DsseKms: return "dsse_kms";
    case EncryptionMode::SseC: return "sse_c";
    case EncryptionMode::ClientSide: return "client_side";
  }
  return "?";
}

const char* to_string(AccessLevel l) {
  switch (l) {
    case AccessLevel::Read: return "read";
    case AccessLevel::Write: return "write";
    case AccessLevel::ReadWrite: return "read_write";
    case AccessLevel::List: return "list";
    case AccessLevel::Delete: return "delete";
  }
  return "?";
}

const char* to_string(PrincipalKind k) {
  switch (k) {
    case PrincipalKind::Account: return "account";
    case PrincipalKind::Role: return "role";
    case PrincipalKind::User: return "user";
    case PrincipalKind::Org: return "org";
    case PrincipalKind::Service: return "service";
    case PrincipalKind::CloudFront: return "cloudfront";
    case PrincipalKind::Public: return "public";
  }
  return "?";
}

}  // namespace bslc::ir
