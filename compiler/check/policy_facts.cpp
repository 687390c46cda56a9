#include "check/policy_facts.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "catalog/catalog.h"

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

// What an S3 action of the AWS catalog acts on (its Service Authorization
// Reference resource types); nullopt for actions on other resources only
// (access points, jobs, Storage Lens).
std::optional<ActionScope> scope_of(const catalog::Action& a) {
  if (a.acts_on("object")) return ActionScope::Object;
  if (a.acts_on("bucket")) return ActionScope::Bucket;
  if (a.resource_types.empty()) return ActionScope::NoResource;
  return std::nullopt;
}

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
  for (const catalog::Action* a : catalog::Catalog::aws().matching(action)) {
    const auto scope = scope_of(*a);
    if (!scope) continue;
    if (common && *common != *scope) return std::nullopt;
    common = scope;
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

// ArrayOf... keys of the AWS catalog.
bool is_multivalued_key(std::string_view key) {
  const catalog::Key* k = catalog::Catalog::aws().key(key);
  return k && k->multivalued;
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
