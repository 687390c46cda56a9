#include "ir/model.h"

namespace bslc::ir {

std::string Principal::principal_arn() const {
  if (kind == PrincipalKind::Account) return "arn:aws:iam::" + value + ":root";
  return value;
}

const Bucket* Model::find_bucket(const std::string& id) const {
  for (const auto& b : buckets)
    if (b.id == id) return &b;
  return nullptr;
}

const Bucket* Model::find_bucket_by_name(const std::string& physical_name) const {
  for (const auto& b : buckets)
    if (b.name == physical_name) return &b;
  return nullptr;
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
