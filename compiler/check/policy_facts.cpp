#include "check/policy_facts.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace bslc::check {

std::string lowercase(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

namespace {

bool same_char(char a, char b, bool ci) {
  if (!ci) return a == b;
  return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
}

// Iterative glob with single-star backtracking: linear in practice, no recursion.
// `literal_wild` makes `*`/`?` in the text matchable only by a `*` in the pattern.
bool glob(std::string_view p, std::string_view t, bool ci, bool literal_wild) {
  size_t pi = 0, ti = 0, star = std::string_view::npos, mark = 0;
  while (ti < t.size()) {
    const bool text_wild = literal_wild && (t[ti] == '*' || t[ti] == '?');
    if (pi < p.size() && p[pi] == '*') {
      star = pi++;
      mark = ti;
    } else if (pi < p.size() && !text_wild && (p[pi] == '?' || same_char(p[pi], t[ti], ci))) {
      ++pi;
      ++ti;
    } else if (pi < p.size() && text_wild && p[pi] == t[ti] && p[pi] == '*') {
      ++pi;
      ++ti;
    } else if (star != std::string_view::npos) {
      pi = star + 1;
      ti = ++mark;
    } else {
      return false;
    }
  }
  while (pi < p.size() && p[pi] == '*') ++pi;
  return pi == p.size();
}

// SAR resource types of the S3 actions the linter reasons about (reference §1.10).
struct KnownAction {
  std::string_view name;
  ActionScope scope;
};
constexpr KnownAction kActions[] = {
    {"s3:AbortMultipartUpload", ActionScope::Object},
    {"s3:BypassGovernanceRetention", ActionScope::Object},
    {"s3:DeleteObject", ActionScope::Object},
    {"s3:DeleteObjectTagging", ActionScope::Object},
    {"s3:DeleteObjectVersion", ActionScope::Object},
    {"s3:DeleteObjectVersionTagging", ActionScope::Object},
    {"s3:GetObject", ActionScope::Object},
    {"s3:GetObjectAcl", ActionScope::Object},
    {"s3:GetObjectAttributes", ActionScope::Object},
    {"s3:GetObjectLegalHold", ActionScope::Object},
    {"s3:GetObjectRetention", ActionScope::Object},
    {"s3:GetObjectTagging", ActionScope::Object},
    {"s3:GetObjectTorrent", ActionScope::Object},
    {"s3:GetObjectVersion", ActionScope::Object},
    {"s3:GetObjectVersionAcl", ActionScope::Object},
    {"s3:GetObjectVersionAttributes", ActionScope::Object},
    {"s3:GetObjectVersionForReplication", ActionScope::Object},
    {"s3:GetObjectVersionTagging", ActionScope::Object},
    {"s3:GetObjectVersionTorrent", ActionScope::Object},
    {"s3:InitiateReplication", ActionScope::Object},
    {"s3:ListMultipartUploadParts", ActionScope::Object},
    {"s3:ObjectOwnerOverrideToBucketOwner", ActionScope::Object},
    {"s3:PutObject", ActionScope::Object},
    {"s3:PutObjectAcl", ActionScope::Object},
    {"s3:PutObjectLegalHold", ActionScope::Object},
    {"s3:PutObjectRetention", ActionScope::Object},
    {"s3:PutObjectTagging", ActionScope::Object},
    {"s3:PutObjectVersionAcl", ActionScope::Object},
    {"s3:PutObjectVersionTagging", ActionScope::Object},
    {"s3:ReplicateDelete", ActionScope::Object},
    {"s3:ReplicateObject", ActionScope::Object},
    {"s3:ReplicateTags", ActionScope::Object},
    {"s3:RestoreObject", ActionScope::Object},
    {"s3:UpdateObjectEncryption", ActionScope::Object},
    {"s3:CreateBucket", ActionScope::Bucket},
    {"s3:DeleteBucket", ActionScope::Bucket},
    {"s3:ListBucket", ActionScope::Bucket},
    {"s3:ListBucketVersions", ActionScope::Bucket},
    {"s3:ListBucketMultipartUploads", ActionScope::Bucket},
    {"s3:GetBucketLocation", ActionScope::Bucket},
    {"s3:GetBucketPolicy", ActionScope::Bucket},
    {"s3:PutBucketPolicy", ActionScope::Bucket},
    {"s3:DeleteBucketPolicy", ActionScope::Bucket},
    {"s3:GetBucketPolicyStatus", ActionScope::Bucket},
    {"s3:GetBucketAcl", ActionScope::Bucket},
    {"s3:PutBucketAcl", ActionScope::Bucket},
    {"s3:GetBucketOwnershipControls", ActionScope::Bucket},
    {"s3:PutBucketOwnershipControls", ActionScope::Bucket},
    {"s3:GetBucketPublicAccessBlock", ActionScope::Bucket},
    {"s3:PutBucketPublicAccessBlock", ActionScope::Bucket},
    {"s3:GetEncryptionConfiguration", ActionScope::Bucket},
    {"s3:PutEncryptionConfiguration", ActionScope::Bucket},
    {"s3:GetBucketVersioning", ActionScope::Bucket},
    {"s3:PutBucketVersioning", ActionScope::Bucket},
    {"s3:GetBucketObjectLockConfiguration", ActionScope::Bucket},
    {"s3:PutBucketObjectLockConfiguration", ActionScope::Bucket},
    {"s3:GetBucketLogging", ActionScope::Bucket},
    {"s3:PutBucketLogging", ActionScope::Bucket},
    {"s3:GetBucketCORS", ActionScope::Bucket},
    {"s3:PutBucketCORS", ActionScope::Bucket},
    {"s3:GetBucketNotification", ActionScope::Bucket},
    {"s3:PutBucketNotification", ActionScope::Bucket},
    {"s3:GetBucketTagging", ActionScope::Bucket},
    {"s3:PutBucketTagging", ActionScope::Bucket},
    {"s3:GetBucketWebsite", ActionScope::Bucket},
    {"s3:PutBucketWebsite", ActionScope::Bucket},
    {"s3:DeleteBucketWebsite", ActionScope::Bucket},
    {"s3:GetBucketRequestPayment", ActionScope::Bucket},
    {"s3:PutBucketRequestPayment", ActionScope::Bucket},
    {"s3:GetLifecycleConfiguration", ActionScope::Bucket},
    {"s3:PutLifecycleConfiguration", ActionScope::Bucket},
    {"s3:GetReplicationConfiguration", ActionScope::Bucket},
    {"s3:PutReplicationConfiguration", ActionScope::Bucket},
    {"s3:GetAccelerateConfiguration", ActionScope::Bucket},
    {"s3:PutAccelerateConfiguration", ActionScope::Bucket},
    {"s3:GetAnalyticsConfiguration", ActionScope::Bucket},
    {"s3:PutAnalyticsConfiguration", ActionScope::Bucket},
    {"s3:GetInventoryConfiguration", ActionScope::Bucket},
    {"s3:PutInventoryConfiguration", ActionScope::Bucket},
    {"s3:GetMetricsConfiguration", ActionScope::Bucket},
    {"s3:PutMetricsConfiguration", ActionScope::Bucket},
    {"s3:GetIntelligentTieringConfiguration", ActionScope::Bucket},
    {"s3:PutIntelligentTieringConfiguration", ActionScope::Bucket},
    {"s3:GetBucketAbac", ActionScope::Bucket},
    {"s3:PutBucketAbac", ActionScope::Bucket},
    {"s3:ListAllMyBuckets", ActionScope::NoResource},
    {"s3:GetAccountPublicAccessBlock", ActionScope::NoResource},
    {"s3:PutAccountPublicAccessBlock", ActionScope::NoResource},
    {"s3:ListAccessPoints", ActionScope::NoResource},
    {"s3:CreateJob", ActionScope::NoResource},
};

}  // namespace

bool glob_match(std::string_view pattern, std::string_view text, bool case_insensitive) {
  return glob(pattern, text, case_insensitive, false);
}

bool pattern_covers(std::string_view wide, std::string_view narrow, bool case_insensitive) {
  return glob(wide, narrow, case_insensitive, true);
}

std::optional<ActionScope> s3_action_scope(std::string_view action) {
  if (!lowercase(action).starts_with("s3:")) return std::nullopt;
  std::optional<ActionScope> common;
  for (const KnownAction& a : kActions) {
    if (!glob_match(action, a.name, true)) continue;
    if (common && *common != a.scope) return std::nullopt;
    common = a.scope;
  }
  return common;
}

bool touches_bucket_policy(std::string_view action) {
  return glob_match(action, "s3:PutBucketPolicy", true) || glob_match(action, "s3:DeleteBucketPolicy", true);
}

Operator parse_operator(std::string_view text) {
  Operator op;
  if (text.starts_with("ForAnyValue:")) {
    op.set = Operator::Set::AnyValue;
    text.remove_prefix(12);
  } else if (text.starts_with("ForAllValues:")) {
    op.set = Operator::Set::AllValues;
    text.remove_prefix(13);
  }
  if (text.ends_with("IfExists")) {
    op.if_exists = true;
    text.remove_suffix(8);
  }
  op.base = std::string(text);
  op.negated = op.base.find("Not") != std::string::npos;  // StringNot*, NumericNotEquals, ArnNot*, NotIpAddress
  return op;
}

bool is_multivalued_key(std::string_view key) {
  static constexpr std::string_view multi[] = {
      "aws:tagkeys",
      "aws:principalorgpaths",
      "aws:resourceorgpaths",
      "aws:sourceorgpaths",
      "aws:calledvia",
      "aws:principalservicenameslist",
      "s3:requestobjecttagkeys",
      "kms:grantoperations",
      "kms:encryptioncontextkeys",
  };
  const std::string k = lowercase(key);
  return std::find(std::begin(multi), std::end(multi), k) != std::end(multi);
}

bool is_known_service_key(std::string_view key) {
  const std::string k = lowercase(key);
  return k.starts_with("aws:") || k.starts_with("s3:") || k.starts_with("kms:") || k.starts_with("glacier:");
}

std::optional<std::string> absent_for(std::string_view key) {
  const std::string k = lowercase(key);
  if (k == "aws:sourceip") return "requests that arrive through a VPC endpoint";
  if (k == "aws:sourcevpce" || k == "aws:sourcevpc" || k == "aws:vpcsourceip")
    return "requests that do not arrive through a VPC endpoint";
  if (k == "aws:principalorgid")
    return "anonymous requests, AWS service principals (such as log delivery) and principals outside any organization";
  if (k.starts_with("aws:principaltag/")) return "principals without that tag and anonymous requests";
  if (k == "aws:principalarn") return "anonymous requests";
  if (k == "aws:sourcearn" || k == "aws:sourceaccount" || k == "aws:sourceowner")
    return "every request that a service does not make on behalf of a resource, including all direct calls";
  if (k.starts_with("s3:x-amz-server-side-encryption"))
    return "uploads that send no encryption header and rely on default encryption, server access log delivery, "
           "and multipart part uploads";
  if (k.starts_with("s3:existingobjecttag/"))
    return "objects without that tag, and `PutObject` and `DeleteObject` requests";
  if (k.starts_with("s3:requestobjecttag/")) return "requests that do not set that tag";
  if (k == "aws:multifactorauthage") return "requests made without MFA";
  if (k == "aws:multifactorauthpresent") return "requests signed with long-term access keys";
  if (k == "aws:username") return "requests from anything but an IAM user";
  if (k == "aws:referer") return "requests without a `Referer` header";
  if (k == "s3:x-amz-acl") return "requests without an ACL header";
  if (k.starts_with("s3:object-lock-")) return "requests without object lock headers";
  if (k == "s3:dataaccesspointarn" || k == "s3:dataaccesspointaccount") return "requests made directly to the bucket";
  return std::nullopt;
}

bool identifies_principal(std::string_view key) {
  const std::string k = lowercase(key);
  return k == "aws:principalarn" || k == "aws:principalaccount" || k == "aws:userid" || k == "aws:username" ||
         k == "aws:principalorgid" || k.starts_with("aws:principaltag/") || k == "aws:principalisawsservice" ||
         k == "aws:principaltype";
}

}  // namespace bslc::check
