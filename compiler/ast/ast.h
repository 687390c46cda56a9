// Syntax tree of one BSL file. Built only by syntax::parse; every node carries
// the byte span it came from. Words that name a choice (encryption mode,
// access level, ...) are already validated into enums by the builder; names
// (`partner`, `hipaa`) are NOT resolved here: that is sema's job.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "source/source.h"

namespace bslc::ast {

struct Ident {
  std::string name;
  Span span;
};

// A string literal with its escapes already decoded; or any text taken
// verbatim from the source (an action `s3:GetObject`, a condition key).
struct Str {
  std::string value;
  Span span;
};

// Either a name (`partner`) or a literal string (`"arn:aws:iam::..."`).
struct Ref {
  bool is_name = true;
  std::string text;
  Span span;
};

struct Number {
  std::string text;  // as written, e.g. "1.2": outputs reuse it exactly
  double value = 0;
  bool is_integer = true;
  Span span;
};

enum class TimeUnit { Seconds, Minutes, Hours, Days, Years };

struct Duration {
  struct Part {
    int64_t amount = 0;
    TimeUnit unit = TimeUnit::Days;
    Span span;
  };
  std::vector<Part> parts;  // `7 years 30 days` has two parts
  Span span;
  // Total in seconds, treating a year as 365 days. Saturates instead of overflowing.
  int64_t seconds() const;
};

struct Scalar {
  enum class Kind { String, Number, Bool, Name };
  Kind kind = Kind::String;
  std::string text;  // string value, number text, "true"/"false", or the name
  Span span;
};

struct Value {
  bool is_list = false;
  std::vector<Scalar> items;  // exactly one when !is_list
  Span span;
};

struct TagPair {
  Str key;
  Str value;
  Span span;
};

enum class CompareOp { Eq, Ne, Lt, Le, Gt, Ge, In, NotIn, Like, NotLike };

struct Condition {
  Str key;  // `aws:SourceIp`, or a bare word such as `principal`
  CompareOp op = CompareOp::Eq;
  Value value;
  Span span;
};

struct Reason {
  Str text;
  Span span;  // the whole `because "..."`
};

// ---------------------------------------------------------------- settings

struct NameSetting {
  Str value;
};
struct RegionSetting {
  Str value;
};
struct AccountSetting {
  Ref account;
};
struct UseSetting {
  Ident profile;
};

enum class EncryptionMode { SseS3, SseKms, DsseKms, SseC, ClientSide };
enum class KeySource { New, Arn, AwsManaged, Named };

struct KeySpec {
  KeySource source = KeySource::New;
  std::optional<Str> value;   // alias for New (optional), ARN for Arn
  std::optional<Ident> name;  // for Named: a `key` constant
  Span span;
};

struct EncryptionSetting {
  EncryptionMode mode = EncryptionMode::SseS3;
  Span mode_span;
  std::optional<KeySpec> key;
  std::optional<bool> bucket_key;
  Span bucket_key_span;
  bool require_header = false;
  Span require_span;
};

enum class TransportMode { TlsOnly, AllowHttp };
struct TransportSetting {
  TransportMode mode = TransportMode::TlsOnly;
  Span mode_span;
  std::optional<Number> min_version;
  std::optional<Reason> reason;
};

struct PublicAccessSetting {
  bool block_all = true;
  // For `allow`: which protections are lifted. `allow` alone lifts both.
  bool allow_policy = false;  // BlockPublicPolicy + RestrictPublicBuckets off
  bool allow_acls = false;    // BlockPublicAcls + IgnorePublicAcls off
  std::optional<Reason> reason;
};

enum class Ownership { BucketOwnerEnforced, BucketOwnerPreferred, ObjectWriter };
struct OwnershipSetting {
  Ownership mode = Ownership::BucketOwnerEnforced;
  Span mode_span;
  std::optional<Reason> reason;
};

enum class VersioningState { Enabled, Suspended, Disabled };
struct VersioningSetting {
  VersioningState state = VersioningState::Enabled;
  Span state_span;
  std::optional<bool> mfa_delete;
  Span mfa_delete_span;
};

enum class LockMode { Governance, Compliance, EnabledOnly };
enum class BypassMode { Only, Nobody, Anyone };
struct ObjectLockSetting {
  LockMode mode = LockMode::Governance;
  Span mode_span;
  std::optional<Duration> retention;
  std::optional<BypassMode> bypass;
  std::vector<Ident> bypass_principals;
  Span bypass_span;
  std::vector<Ident> legal_hold_principals;
  Span legal_hold_span;
};

struct LoggingSetting {
  std::optional<Ref> target;  // none: `logging off`
  std::optional<Str> prefix;
};

enum class AuditScope { All, Read, Write };
struct AuditSetting {
  AuditScope scope = AuditScope::All;  // `audit data_events [all|read|write]`
  std::optional<Ref> trail_bucket;
};

enum class PerimeterKind { VpcEndpoint, Vpc, SourceIp, Org };
struct OnlyViaSetting {
  PerimeterKind kind = PerimeterKind::VpcEndpoint;
  Span kind_span;
  std::vector<Ref> values;
  std::vector<Ident> except;
};

struct RestrictTagSetting {
  TagPair object_tag;
  TagPair principal_tag;
};

struct RequireTagSetting {
  Str key;
  std::vector<Str> allowed;  // empty: any value
};

struct ProtectTagSetting {
  Str key;
  std::vector<Ident> except;
};

enum class GranteeForm { Named, Org, CloudFront, Public, Literal };
enum class AccessLevel { Read, Write, ReadWrite, List, Delete };
struct GrantSetting {
  GranteeForm form = GranteeForm::Named;
  Ref grantee;
  AccessLevel level = AccessLevel::Read;
  Span level_span;
  std::optional<Str> prefix;
  std::optional<Reason> reason;
};

struct DenySetting {
  bool everyone = false;  // `deny everyone ...`
  std::vector<Ref> who;
  std::vector<Str> actions;
  std::optional<Str> prefix;
  std::vector<Ident> except;  // principals the deny does not apply to
  std::vector<Condition> unless;
};

struct PresignedSetting {
  std::optional<Duration> max_age;  // none: presigned URLs forbidden
};

struct MfaSetting {
  bool for_delete = false;  // `mfa required for delete`
  std::vector<Str> actions;
};

enum class HttpMethod { Get, Put, Head, Post, Delete };
struct CorsRule {
  std::vector<Str> origins;
  std::vector<HttpMethod> methods;
  Span methods_span;
  std::vector<Str> headers;
  std::vector<Str> expose;
  std::optional<int64_t> max_age_seconds;
  std::optional<Str> id;
  Span span;
};
struct CorsSetting {
  std::vector<CorsRule> rules;
};

enum class NotifyTarget { Sqs, Sns, Lambda, EventBridge };
struct NotifySetting {
  std::string event;  // canonical S3 event, e.g. "s3:ObjectCreated:*"
  Span event_span;
  std::optional<Str> prefix;
  std::optional<Str> suffix;
  NotifyTarget target = NotifyTarget::Sqs;
  std::optional<Ref> destination;  // none only for EventBridge
};

struct ExpectedRateSetting {
  int64_t requests_per_second = 0;
};

struct AcknowledgeSetting {
  Str code;  // e.g. "W0201"
  Reason reason;
};

// `statement "Sid" { ... }`: one policy statement written out, the escape
// hatch for what the settings cannot say. Fields are kept as written; sema
// checks their names and values.
struct StatementField {
  Str name;                 // principal, not_principal, action, not_action, resource, not_resource
  std::vector<Ref> values;  // names are constants (or `everyone`); literals are strings or qualified names
  Span span;
};
struct StatementCondition {
  Str op;  // an IAM condition operator, e.g. "StringEquals", "ForAnyValue:StringLike"
  Str key;
  Value value;
  Span span;
};
struct StatementSetting {
  Str sid;
  std::vector<std::pair<bool, Span>> effects;  // true: allow; one expected
  std::vector<StatementField> fields;
  std::vector<Str> prefixes;  // `prefix "..."`: objects under it (at most one)
  std::vector<StatementCondition> conditions;
};

using SettingKind =
    std::variant<NameSetting, RegionSetting, AccountSetting, UseSetting, EncryptionSetting, TransportSetting,
                 PublicAccessSetting, OwnershipSetting, VersioningSetting, ObjectLockSetting, LoggingSetting,
                 AuditSetting, OnlyViaSetting, RestrictTagSetting, RequireTagSetting, ProtectTagSetting, GrantSetting,
                 DenySetting, PresignedSetting, MfaSetting, CorsSetting, NotifySetting, ExpectedRateSetting,
                 AcknowledgeSetting, StatementSetting>;

struct Setting {
  SettingKind kind;
  std::optional<Span> override_span;  // present when written `override <setting>`
  Span span;                          // the whole setting, `override` excluded
};

// ------------------------------------------------------------- declarations

struct Import {
  Str path;  // "hipaa" (stdlib) or "./common.bsl" (relative to this file)
  Span span;
};

enum class ConstKind { Account, Org, Role, User, Key, Endpoint, Vpc, Cidr, Distribution };
struct ConstDecl {
  ConstKind kind = ConstKind::Account;
  Ident name;
  std::vector<Str> values;  // one unless written as a list
  bool is_list = false;
  Span span;
};

// A bucket and a profile have the same body; a profile is applied by `use`.
struct BucketDecl {
  Ident name;
  std::vector<Setting> settings;
  Span span;
};
using ProfileDecl = BucketDecl;

struct VaultLock {
  Duration min_age;  // `lock deny delete younger_than 365 days`
  Span span;
};
struct VaultDecl {
  Ident name;
  std::optional<Str> physical_name;
  std::optional<Str> region;
  std::optional<Ref> account;
  std::optional<VaultLock> lock;
  std::vector<AcknowledgeSetting> acknowledgements;
  Span span;
};

struct ContextEntry {
  Str key;
  Value value;
  Span span;
};
struct Expectation {
  bool allow = true;
  Ref principal;  // a name, `anonymous`, or a literal ARN / service principal
  Str action;
  Str resource;  // "bucket" or "bucket/key", bucket by its BSL name
  std::vector<ContextEntry> context;
  Span span;
};
struct TestDecl {
  Str name;
  std::vector<Expectation> expectations;
  Span span;
};

struct Predicate {
  enum class Kind { ObjectTag, PrincipalTag, Prefix, Condition };
  bool negated = false;
  Kind kind = Kind::Condition;
  TagPair tag;          // for ObjectTag / PrincipalTag
  Str prefix;           // for Prefix: the object key starts with it
  Condition condition;  // for Condition
  Span span;
};
// `by partner`, `by [admin, auditor]`, `by anyone outside acme`.
struct ByClause {
  bool outside = false;  // `anyone outside`
  std::vector<Ref> who;
  Span span;
};
struct Claim {
  bool never = true;  // `never allow` (else `always allow`)
  std::vector<Str> actions;
  std::optional<Ident> bucket;  // `on records`; may be left out when the compilation has one bucket
  std::optional<Str> prefix;    // `on records prefix "charts/"`
  std::optional<ByClause> by;
  std::vector<Predicate> where;
  Span span;
};
struct PropertyDecl {
  Str name;
  std::vector<Claim> claims;
  Span span;
};

struct File {
  SourcePtr source;
  std::vector<Import> imports;
  std::vector<ConstDecl> constants;
  std::vector<ProfileDecl> profiles;
  std::vector<BucketDecl> buckets;
  std::vector<VaultDecl> vaults;
  std::vector<TestDecl> tests;
  std::vector<PropertyDecl> properties;
  // Names whose declaration had a syntax error (already reported) and was
  // left out: a reference to one is not reported again as an unknown name.
  std::vector<std::string> broken_names;
};

// Names for enums, as written in BSL (`sse_kms`, `read_write`, ...).
const char* to_string(EncryptionMode);
const char* to_string(KeySource);
const char* to_string(TransportMode);
const char* to_string(Ownership);
const char* to_string(VersioningState);
const char* to_string(LockMode);
const char* to_string(BypassMode);
const char* to_string(AuditScope);
const char* to_string(PerimeterKind);
const char* to_string(GranteeForm);
const char* to_string(AccessLevel);
const char* to_string(HttpMethod);
const char* to_string(NotifyTarget);
const char* to_string(ConstKind);
const char* to_string(TimeUnit);
const char* to_string(CompareOp);
const char* setting_keyword(const SettingKind&);  // "encryption", "grant", ...

}  // namespace bslc::ast
