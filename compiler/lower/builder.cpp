#include "lower/builder.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace bslc::lower::detail {

std::string DocumentBuilder::add(std::string_view sid_base, policy::Statement st, const Location& from) {
  st.sid = sids_.claim(sid_base);
  doc_.sources[st.sid] = from.valid() ? from : fallback_;
  doc_.document.statements.push_back(std::move(st));
  return doc_.document.statements.back().sid;
}

policy::Principal everyone() {
  policy::Principal p;
  p.star = true;
  return p;
}

policy::Principal aws_principals(std::vector<std::string> arns) {
  policy::Principal p;
  p.aws = std::move(arns);
  return p;
}

policy::Principal service_principals(std::vector<std::string> services) {
  policy::Principal p;
  p.service = std::move(services);
  return p;
}

policy::Statement statement(policy::Effect effect, std::optional<policy::Principal> who,
                            std::vector<std::string> actions, std::vector<std::string> resources) {
  policy::Statement st;
  st.effect = effect;
  st.principal = std::move(who);
  st.actions = std::move(actions);
  st.resources = std::move(resources);
  return st;
}

policy::Statement deny_everyone(std::vector<std::string> actions, std::vector<std::string> resources) {
  return statement(policy::Effect::Deny, everyone(), std::move(actions), std::move(resources));
}

namespace {

bool is_exact_positive(std::string_view op) {
  return op == "StringEquals" || op == "ArnEquals" || op == "NumericEquals" || op == "DateEquals";
}

void append_unique(std::vector<std::string>& into, const std::vector<std::string>& more) {
  for (const auto& v : more)
    if (std::find(into.begin(), into.end(), v) == into.end()) into.push_back(v);
}

}  // namespace

bool add_condition(policy::Statement& st, const std::string& op, const std::string& key,
                   std::vector<std::string> values) {
  auto& existing_keys = st.condition[op];
  auto it = existing_keys.find(key);
  if (it == existing_keys.end()) {
    std::vector<std::string> unique;
    append_unique(unique, values);
    existing_keys.emplace(key, std::move(unique));
    return true;
  }
  auto& have = it->second;
  if (is_exact_positive(op)) {
    std::vector<std::string> both;
    for (const auto& v : have)
      if (std::find(values.begin(), values.end(), v) != values.end()) both.push_back(v);
    have = std::move(both);
    return !have.empty();
  }
  append_unique(have, values);
  return true;
}

std::string escape_wildcards(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '*' || c == '?' || c == '$') {
      out += "${";
      out += c;
      out += '}';
    } else {
      out += c;
    }
  }
  return out;
}

std::string objects_resource(const ir::Bucket& b, const std::string& prefix) {
  return b.arn() + "/" + escape_wildcards(prefix) + "*";
}

namespace {

// Resource types from the Service Authorization Reference (reference §1.10).
constexpr std::array kObjectActions = {
    "abortmultipartupload",
    "bypassgovernanceretention",
    "deleteobject",
    "deleteobjecttagging",
    "deleteobjectversion",
    "deleteobjectversiontagging",
    "getobject",
    "getobjectacl",
    "getobjectattributes",
    "getobjectlegalhold",
    "getobjectretention",
    "getobjecttagging",
    "getobjecttorrent",
    "getobjectversion",
    "getobjectversionacl",
    "getobjectversionattributes",
    "getobjectversionforreplication",
    "getobjectversiontagging",
    "getobjectversiontorrent",
    "initiatereplication",
    "listmultipartuploadparts",
    "objectowneroverridetobucketowner",
    "putobject",
    "putobjectacl",
    "putobjectlegalhold",
    "putobjectretention",
    "putobjecttagging",
    "putobjectversionacl",
    "putobjectversiontagging",
    "replicatedelete",
    "replicateobject",
    "replicatetags",
    "restoreobject",
    "updateobjectencryption",
};

constexpr std::array kBucketActions = {
    "createbucket",
    "deletebucket",
    "listbucket",
    "listbucketversions",
    "listbucketmultipartuploads",
    "getbucketlocation",
    "getbucketpolicy",
    "putbucketpolicy",
    "deletebucketpolicy",
    "getbucketpolicystatus",
    "getbucketacl",
    "putbucketacl",
    "getbucketownershipcontrols",
    "putbucketownershipcontrols",
    "getbucketpublicaccessblock",
    "putbucketpublicaccessblock",
    "getencryptionconfiguration",
    "putencryptionconfiguration",
    "getbucketversioning",
    "putbucketversioning",
    "getbucketobjectlockconfiguration",
    "putbucketobjectlockconfiguration",
    "getbucketlogging",
    "putbucketlogging",
    "getbucketcors",
    "putbucketcors",
    "getbucketnotification",
    "putbucketnotification",
    "getbuckettagging",
    "putbuckettagging",
    "getbucketwebsite",
    "putbucketwebsite",
    "deletebucketwebsite",
    "getbucketrequestpayment",
    "putbucketrequestpayment",
    "getlifecycleconfiguration",
    "putlifecycleconfiguration",
    "getreplicationconfiguration",
    "putreplicationconfiguration",
    "getaccelerateconfiguration",
    "putaccelerateconfiguration",
    "getanalyticsconfiguration",
    "putanalyticsconfiguration",
    "getinventoryconfiguration",
    "putinventoryconfiguration",
    "getmetricsconfiguration",
    "putmetricsconfiguration",
    "getintelligenttieringconfiguration",
    "putintelligenttieringconfiguration",
    "getbucketabac",
    "putbucketabac",
};

template <size_t N>
bool contains(const std::array<const char*, N>& table, const std::string& name) {
  return std::any_of(table.begin(), table.end(), [&](const char* entry) { return name == entry; });
}

}  // namespace

ActionScope action_scope(std::string_view action) {
  std::string lower;
  for (char c : action) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (!lower.starts_with("s3:")) return ActionScope::Any;
  const std::string name = lower.substr(3);
  if (contains(kObjectActions, name)) return ActionScope::Object;
  if (contains(kBucketActions, name)) return ActionScope::Bucket;
  return ActionScope::Any;
}

bool exempt_principals(policy::Statement& st, const std::vector<ir::Principal>& exceptions) {
  for (const auto& p : exceptions) {
    switch (p.kind) {
      case ir::PrincipalKind::Role:
      case ir::PrincipalKind::User: add_condition(st, "ArnNotLike", "aws:PrincipalArn", {p.value}); break;
      case ir::PrincipalKind::Account:
        add_condition(st, "StringNotEquals", "aws:PrincipalAccount", {p.account.empty() ? p.value : p.account});
        break;
      case ir::PrincipalKind::Org: add_condition(st, "StringNotEquals", "aws:PrincipalOrgID", {p.value}); break;
      case ir::PrincipalKind::Service:
        add_condition(st, "StringNotEquals", "aws:PrincipalServiceName", {p.value});
        break;
      case ir::PrincipalKind::CloudFront: add_condition(st, "ArnNotLike", "aws:SourceArn", {p.value}); break;
      case ir::PrincipalKind::Public: return false;
    }
  }
  return true;
}

std::string principal_words(const std::vector<ir::Principal>& principals, std::string_view many) {
  std::vector<std::string> names;
  for (const auto& p : principals) names.push_back(p.name);
  return joined_words(names, many);
}

}  // namespace bslc::lower::detail
