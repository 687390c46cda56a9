// The resolved intent model: every import, profile, constant and secure
// default already applied. Lowering, checks and emitters read only this (and
// policy documents); none of them sees the AST. Every setting keeps the
// Location of the spec text that produced it, so each emitted statement can be
// traced back to a line (sources.json) and each finding can point at it.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "source/source.h"

namespace bslc::ir {

// Where a value came from. `defaulted` marks secure defaults that no spec line
// wrote; their location is the bucket's name.
struct Origin {
  Location loc;
  bool defaulted = false;
  std::string profile;  // non-empty when applied through `use <profile>`
};

enum class PrincipalKind { Account, Role, User, Org, Service, CloudFront, Public };

struct Principal {
  PrincipalKind kind = PrincipalKind::Account;
  std::string name;     // BSL name ("partner"); for literals a name derived from the value
  std::string value;    // account id, IAM ARN, org id, service host, CloudFront distribution ARN
  std::string account;  // owning account id (empty for Org, Service, Public)
  Origin origin;
  // The ARN to put in a Principal element: `arn:aws:iam::A:root` for accounts.
  std::string principal_arn() const;
};

enum class EncryptionMode { SseS3, SseKms, DsseKms, SseC, ClientSide };
enum class KeyKind { None, New, Arn, AwsManaged };

struct Encryption {
  EncryptionMode mode = EncryptionMode::SseS3;
  KeyKind key = KeyKind::None;
  std::string key_alias;  // KeyKind::New: e.g. "alias/patient-records" (may be empty)
  std::string key_arn;    // KeyKind::Arn
  Origin key_origin;
  bool bucket_key = false;
  Origin bucket_key_origin;
  bool require_header = false;
  Origin require_origin;
  Origin origin;
};

struct Transport {
  bool tls_only = true;
  std::optional<std::string> min_tls;  // "1.2", as written
  Origin min_tls_origin;
  std::string reason;  // required when !tls_only
  Origin origin;
};

struct PublicAccess {
  bool block_public_acls = true;
  bool ignore_public_acls = true;
  bool block_public_policy = true;
  bool restrict_public_buckets = true;
  std::string reason;  // required when any is off
  Origin origin;
  bool blocks_all() const {
    return block_public_acls && ignore_public_acls && block_public_policy && restrict_public_buckets;
  }
};

enum class Ownership { BucketOwnerEnforced, BucketOwnerPreferred, ObjectWriter };

enum class VersioningState { Unset, Enabled, Suspended };
struct Versioning {
  VersioningState state = VersioningState::Unset;
  bool mfa_delete = false;
  Origin mfa_delete_origin;
  Origin origin;
};

enum class LockMode { Governance, Compliance };
enum class RetentionUnit { Days, Years };
enum class BypassMode { Unspecified, Only, Nobody, Anyone };
struct ObjectLock {
  bool enabled = false;
  std::optional<LockMode> mode;  // default retention mode; none: lock enabled without default retention
  int64_t days = 0;              // default retention: exactly one of days / years is set when mode is
  int64_t years = 0;
  Origin retention_origin;
  BypassMode bypass = BypassMode::Unspecified;
  std::vector<Principal> bypass_principals;
  Origin bypass_origin;
  std::vector<Principal> legal_hold_principals;
  Origin legal_hold_origin;
  Origin origin;
};

struct Logging {
  std::string target_id;    // BSL id of the target bucket when it is in this compilation
  std::string target_name;  // physical bucket name
  std::string prefix;
  Origin origin;
};

enum class AuditScope { All, Read, Write };
struct Audit {
  AuditScope scope = AuditScope::All;
  std::string trail_bucket_id;
  std::string trail_bucket_name;
  Origin origin;
};

// Org: the organization data perimeter (principals of these organizations
// only, AWS service principals exempt); the others are network paths.
enum class PerimeterKind { VpcEndpoint, Vpc, SourceIp, Org };
struct Perimeter {
  PerimeterKind kind = PerimeterKind::VpcEndpoint;
  std::vector<std::string> values;  // endpoint ids, VPC ids, CIDRs or organization ids
  std::vector<Principal> except;
  Origin origin;
};

struct TagRestriction {
  std::string object_key, object_value;
  std::string principal_key, principal_value;
  Origin origin;
};

struct RequiredTag {
  std::string key;
  std::vector<std::string> allowed;  // empty: any value
  Origin origin;
};

struct ProtectedTag {
  std::string key;
  std::vector<Principal> except;
  Origin origin;
};

enum class AccessLevel { Read, Write, ReadWrite, List, Delete };
struct Grant {
  Principal grantee;
  AccessLevel level = AccessLevel::Read;
  std::string prefix;  // "" = whole bucket
  std::string reason;  // required for public grants
  Origin origin;
};

enum class CompareOp { Eq, Ne, Lt, Le, Gt, Ge, In, NotIn, Like, NotLike };
struct DenyCondition {
  std::string key;  // an IAM condition key, e.g. "aws:SourceIp"; `principal` is rewritten to aws:PrincipalArn
  CompareOp op = CompareOp::Eq;
  std::vector<std::string> values;  // names already replaced by their values
  bool numeric = false;             // values were numbers
  bool boolean = false;             // values were true/false
  Origin origin;
};
struct CustomDeny {
  bool everyone = false;
  std::vector<Principal> who;
  std::vector<std::string> actions;
  std::string prefix;
  std::vector<Principal> except;      // never denied by this deny
  std::vector<DenyCondition> unless;  // the deny applies unless ALL of these hold
  Origin origin;
};

// `statement "Sid" { ... }`, checked: emitted into the bucket policy as written.
struct RawCondition {
  std::string op;  // an IAM condition operator
  std::string key;
  std::vector<std::string> values;  // names replaced by their values
  Origin origin;
};
struct RawStatement {
  std::string sid;
  bool allow = true;
  bool everyone = false;       // Principal "*"
  std::vector<Principal> who;  // accounts, roles, users, services
  bool not_principal = false;
  std::vector<std::string> actions;
  bool not_action = false;
  std::vector<std::string> resources;  // ARNs as written; empty: the bucket and its objects (or `prefix`)
  std::optional<std::string> prefix;   // objects under it
  bool not_resource = false;
  std::vector<RawCondition> conditions;
  Origin origin;
};

struct Presigned {
  std::optional<int64_t> max_age_seconds;
  bool forbid = false;
  Origin origin;
};

struct MfaRequirement {
  bool for_delete = false;
  std::vector<std::string> actions;
  Origin origin;
};

enum class HttpMethod { Get, Put, Head, Post, Delete };
struct CorsRule {
  std::string id;
  std::vector<std::string> origins;
  std::vector<HttpMethod> methods;
  std::vector<std::string> headers;
  std::vector<std::string> expose;
  std::optional<int64_t> max_age_seconds;
  Origin origin;
};

enum class NotifyTarget { Sqs, Sns, Lambda, EventBridge };
struct Notification {
  std::string event;  // "s3:ObjectCreated:*"
  std::string prefix, suffix;
  NotifyTarget target = NotifyTarget::Sqs;
  std::string destination_arn;  // empty for EventBridge
  Origin origin;
};

struct Acknowledgement {
  std::string code;  // "W0201"
  std::string reason;
  Origin origin;
};

struct Bucket {
  std::string id;    // BSL name, e.g. "records"
  std::string name;  // physical S3 bucket name
  Origin name_origin;
  std::string region = "us-east-1";
  Origin region_origin;  // the `region` setting; invalid when the region is the default
  std::string account;   // owner account id; may be empty when the spec does not say
  Origin account_origin;
  Location loc;                       // the bucket's name in its declaration
  std::vector<std::string> profiles;  // applied profiles, in order

  Encryption encryption;
  Transport transport;
  PublicAccess public_access;
  Ownership ownership = Ownership::BucketOwnerEnforced;
  std::string ownership_reason;
  Origin ownership_origin;
  Versioning versioning;
  ObjectLock object_lock;
  std::optional<Logging> logging;
  std::optional<Audit> audit;
  std::vector<Perimeter> perimeters;
  std::vector<TagRestriction> tag_restrictions;
  std::vector<RequiredTag> required_tags;
  std::vector<ProtectedTag> protected_tags;
  std::vector<Grant> grants;
  std::vector<CustomDeny> denies;
  std::vector<RawStatement> statements;
  Presigned presigned;
  std::vector<MfaRequirement> mfa;
  std::vector<CorsRule> cors;
  std::vector<Notification> notifications;
  std::optional<int64_t> expected_rps;
  Origin expected_rps_origin;
  std::vector<Acknowledgement> acknowledgements;

  std::string arn() const { return "arn:aws:s3:::" + name; }
  std::string objects_arn() const { return arn() + "/*"; }
};

struct Vault {
  std::string id;
  std::string name;
  std::string region = "us-east-1";
  std::string account;
  std::optional<int64_t> lock_min_age_days;
  Origin lock_origin;
  Location loc;
  std::vector<Acknowledgement> acknowledgements;
  std::string arn() const { return "arn:aws:glacier:" + region + ":" + account + ":vaults/" + name; }
};

// A `test` expectation with every name resolved.
struct ContextValue {
  enum class Kind { String, Bool, Number, List };
  Kind kind = Kind::String;
  std::string text;                // String/Bool/Number
  std::vector<std::string> items;  // List
};
struct Expectation {
  bool allow = true;
  std::string principal;        // ARN, "anonymous", or a service principal host
  std::string principal_label;  // as written in the spec, for messages
  std::string action;
  std::string bucket_id;  // the BSL id of the bucket the resource is in
  std::string resource_arn;
  std::map<std::string, ContextValue> context;
  Location loc;
};
struct Test {
  std::string name;
  std::vector<Expectation> expectations;
  Location loc;
};

// A `property` claim: who, what and where, resolved; compare verify/claim.h.
struct PropertyPredicate {
  bool negated = false;
  bool is_prefix = false;  // `prefix "..."`: the object key starts with `prefix`
  std::string prefix;
  std::string key;  // condition key; object_tag K → s3:ExistingObjectTag/K, principal_tag K → aws:PrincipalTag/K
  CompareOp op = CompareOp::Eq;
  std::vector<std::string> values;
  ContextValue::Kind value_kind = ContextValue::Kind::String;  // of the values as written
  Location loc;
};
// `by partner` (any of the principals) or `by anyone outside acme` (none of them).
struct ClaimAskers {
  bool outside = false;
  bool anonymous = false;  // `anonymous` / `public` is among them
  std::vector<Principal> who;
  Location loc;
};
struct PropertyClaim {
  bool never = true;
  std::vector<std::string> actions;
  std::string bucket_id;
  std::optional<std::string> prefix;  // `on <bucket> prefix "..."`
  std::optional<ClaimAskers> by;
  std::vector<PropertyPredicate> where;
  Location loc;
};
struct Property {
  std::string name;
  std::vector<PropertyClaim> claims;
  Location loc;
};

struct Model {
  std::vector<Bucket> buckets;  // in declaration order across files
  std::vector<Vault> vaults;
  std::vector<Test> tests;
  std::vector<Property> properties;

  const Bucket* find_bucket(const std::string& id) const;
  const Bucket* find_bucket_by_name(const std::string& physical_name) const;
};

const char* to_string(EncryptionMode);
const char* to_string(AccessLevel);
const char* to_string(PrincipalKind);

}  // namespace bslc::ir
