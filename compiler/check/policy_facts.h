// AWS facts the document lints and the lockout analysis rely on, in one
// place: which S3 actions act on buckets and which on objects and which keys
// are multivalued (both from the AWS catalog, compiler/catalog; reference
// §1.10, §2.4), IAM wildcard matching (§1.8-1.9), condition operator anatomy
// (§2), and which condition keys are often absent (§3).
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace bslc::check {

// `*` matches any run of characters (including `/`), `?` exactly one.
bool glob_match(std::string_view pattern, std::string_view text, bool case_insensitive);

// True when every string `narrow` matches is also matched by `wide` (both
// IAM wildcard patterns). Sound but incomplete: may answer false for some
// pairs where containment holds.
bool pattern_covers(std::string_view wide, std::string_view narrow, bool case_insensitive);

// What an S3 action acts on.
enum class ActionScope { Bucket, Object, NoResource };
// Scope of a concrete or wildcard S3 action: for a wildcard, the common scope
// of every known action it matches; nullopt when unknown, mixed or non-S3.
std::optional<ActionScope> s3_action_scope(std::string_view action);
// True when `action` (wildcards allowed) matches `s3:PutBucketPolicy` or
// `s3:DeleteBucketPolicy`: the actions that decide whether the policy can be fixed.
bool touches_bucket_policy(std::string_view action);

// A condition operator as written, e.g. "ForAnyValue:StringNotLikeIfExists".
struct Operator {
  enum class Set { None, AnyValue, AllValues };
  Set set = Set::None;
  std::string base;  // "StringNotLike"
  bool if_exists = false;
  bool negated = false;  // true when an absent key makes the base operator true
  bool is_bool() const { return base == "Bool"; }
  bool is_numeric() const { return base.starts_with("Numeric"); }
  bool is_null() const { return base == "Null"; }
};
Operator parse_operator(std::string_view text);

// Keys whose request values are sets (ArrayOf... in the SAR).
bool is_multivalued_key(std::string_view key);
// Keys from services whose single- or multi-valuedness bslc knows (aws:, s3:, kms:, glacier:).
bool is_known_service_key(std::string_view key);

// For keys that many requests do not carry: who lacks it, as a phrase
// ("requests through a VPC endpoint"). nullopt for keys that are always present.
std::optional<std::string> absent_for(std::string_view key);

// Keys that name the caller: a condition on one of these can exempt an
// administrator from a deny.
bool identifies_principal(std::string_view key);

std::string lowercase(std::string_view s);

}  // namespace bslc::check
