// Spellings of the AST enums, as a user writes them in BSL. The builder's
// word tables accept these spellings (and a few aliases), so a dump or a
// message that prints one of them can be pasted back into a .bsl file.
#include <type_traits>
#include <variant>

#include "ast/ast.h"

namespace bslc::ast {

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

const char* to_string(KeySource s) {
  switch (s) {
    case KeySource::New: return "new";
    case KeySource::Arn: return "arn";
    case KeySource::AwsManaged: return "aws_managed";
    case KeySource::Named: return "named";
  }
  return "?";
}

const char* to_string(TransportMode m) {
  switch (m) {
    case TransportMode::TlsOnly: return "tls_only";
    case TransportMode::AllowHttp: return "allow_http";
  }
  return "?";
}

const char* to_string(Ownership o) {
  switch (o) {
    case Ownership::BucketOwnerEnforced: return "bucket_owner_enforced";
    case Ownership::BucketOwnerPreferred: return "bucket_owner_preferred";
    case Ownership::ObjectWriter: return "object_writer";
  }
  return "?";
}

const char* to_string(VersioningState s) {
  switch (s) {
    case VersioningState::Enabled: return "on";
    case VersioningState::Suspended: return "suspended";
    case VersioningState::Disabled: return "off";
  }
  return "?";
}

const char* to_string(LockMode m) {
  switch (m) {
    case LockMode::Governance: return "governance";
    case LockMode::Compliance: return "compliance";
    case LockMode::EnabledOnly: return "on";
  }
  return "?";
}

const char* to_string(BypassMode m) {
  switch (m) {
    case BypassMode::Only: return "only";
    case BypassMode::Nobody: return "nobody";
    case BypassMode::Anyone: return "anyone";
  }
  return "?";
}

const char* to_string(AuditScope s) {
  switch (s) {
    case AuditScope::All: return "all";
    case AuditScope::Read: return "read";
    case AuditScope::Write: return "write";
  }
  return "?";
}

const char* to_string(PerimeterKind k) {
  switch (k) {
    case PerimeterKind::VpcEndpoint: return "vpce";
    case PerimeterKind::Vpc: return "vpc";
    case PerimeterKind::SourceIp: return "source_ip";
    case PerimeterKind::Org: return "org";
  }
  return "?";
}

const char* to_string(GranteeForm f) {
  switch (f) {
    case GranteeForm::Named: return "named";
    case GranteeForm::Org: return "org";
    case GranteeForm::CloudFront: return "cloudfront";
    case GranteeForm::Public: return "public";
    case GranteeForm::Literal: return "literal";
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

const char* to_string(HttpMethod m) {
  switch (m) {
    case HttpMethod::Get: return "GET";
    case HttpMethod::Put: return "PUT";
    case HttpMethod::Head: return "HEAD";
    case HttpMethod::Post: return "POST";
    case HttpMethod::Delete: return "DELETE";
  }
  return "?";
}

const char* to_string(NotifyTarget t) {
  switch (t) {
    case NotifyTarget::Sqs: return "sqs";
    case NotifyTarget::Sns: return "sns";
    case NotifyTarget::Lambda: return "lambda";
    case NotifyTarget::EventBridge: return "eventbridge";
  }
  return "?";
}

const char* to_string(ConstKind k) {
  switch (k) {
    case ConstKind::Account: return "account";
    case ConstKind::Org: return "org";
    case ConstKind::Role: return "role";
    case ConstKind::User: return "user";
    case ConstKind::Key: return "key";
    case ConstKind::Endpoint: return "endpoint";
    case ConstKind::Vpc: return "vpc";
    case ConstKind::Cidr: return "cidr";
    case ConstKind::Distribution: return "distribution";
  }
  return "?";
}

const char* to_string(TimeUnit u) {
  switch (u) {
    case TimeUnit::Seconds: return "seconds";
    case TimeUnit::Minutes: return "minutes";
    case TimeUnit::Hours: return "hours";
    case TimeUnit::Days: return "days";
    case TimeUnit::Years: return "years";
  }
  return "?";
}

const char* to_string(CompareOp op) {
  switch (op) {
    case CompareOp::Eq: return "=";
    case CompareOp::Ne: return "!=";
    case CompareOp::Lt: return "<";
    case CompareOp::Le: return "<=";
    case CompareOp::Gt: return ">";
    case CompareOp::Ge: return ">=";
    case CompareOp::In: return "in";
    case CompareOp::NotIn: return "not in";
    case CompareOp::Like: return "like";
    case CompareOp::NotLike: return "not like";
  }
  return "?";
}

namespace {

// The keyword that starts each kind of setting; the order follows SettingKind.
template <class T>
constexpr const char* keyword_of() {
  if constexpr (std::is_same_v<T, NameSetting>) return "name";
  if constexpr (std::is_same_v<T, RegionSetting>) return "region";
  if constexpr (std::is_same_v<T, AccountSetting>) return "account";
  if constexpr (std::is_same_v<T, UseSetting>) return "use";
  if constexpr (std::is_same_v<T, EncryptionSetting>) return "encryption";
  if constexpr (std::is_same_v<T, TransportSetting>) return "transport";
  if constexpr (std::is_same_v<T, PublicAccessSetting>) return "public_access";
  if constexpr (std::is_same_v<T, OwnershipSetting>) return "ownership";
  if constexpr (std::is_same_v<T, VersioningSetting>) return "versioning";
  if constexpr (std::is_same_v<T, ObjectLockSetting>) return "object_lock";
  if constexpr (std::is_same_v<T, LoggingSetting>) return "logging";
  if constexpr (std::is_same_v<T, AuditSetting>) return "audit";
  if constexpr (std::is_same_v<T, OnlyViaSetting>) return "only_via";
  if constexpr (std::is_same_v<T, RestrictTagSetting>) return "restrict";
  if constexpr (std::is_same_v<T, RequireTagSetting>) return "require";
  if constexpr (std::is_same_v<T, ProtectTagSetting>) return "protect";
  if constexpr (std::is_same_v<T, GrantSetting>) return "grant";
  if constexpr (std::is_same_v<T, DenySetting>) return "deny";
  if constexpr (std::is_same_v<T, StatementSetting>) return "statement";
  if constexpr (std::is_same_v<T, PresignedSetting>) return "presigned";
  if constexpr (std::is_same_v<T, MfaSetting>) return "mfa";
  if constexpr (std::is_same_v<T, CorsSetting>) return "cors";
  if constexpr (std::is_same_v<T, NotifySetting>) return "notify";
  if constexpr (std::is_same_v<T, ExpectedRateSetting>) return "expected_rate";
  if constexpr (std::is_same_v<T, AcknowledgeSetting>) return "acknowledge";
  return "?";
}

}  // namespace

const char* setting_keyword(const SettingKind& kind) {
  return std::visit([](const auto& s) { return keyword_of<std::decay_t<decltype(s)>>(); }, kind);
}

}  // namespace bslc::ast
