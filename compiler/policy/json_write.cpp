// write_json: the one policy-document writer. Member order and scalar-vs-array
// choices are part of the output contract (golden files depend on them).
#include <nlohmann/json.hpp>

#include "policy/json.h"
#include "policy/json_value.h"

namespace bslc::policy {
namespace {

using ojson = nlohmann::ordered_json;

// One value is written as a scalar, several (or none) as an array.
ojson list_value(const std::vector<std::string>& values) {
  if (values.size() == 1) return ojson(values.front());
  ojson array = ojson::array();
  for (const auto& v : values) array.push_back(v);
  return array;
}

ojson principal_value(const Principal& p) {
  if (p.star) return ojson("*");
  ojson obj = ojson::object();
  // Sorted member names, like the condition block.
  if (!p.aws.empty()) obj["AWS"] = list_value(p.aws);
  if (!p.canonical_user.empty()) obj["CanonicalUser"] = list_value(p.canonical_user);
  if (!p.federated.empty()) obj["Federated"] = list_value(p.federated);
  if (!p.service.empty()) obj["Service"] = list_value(p.service);
  return obj;
}

ojson condition_value(const ConditionBlock& block) {
  ojson obj = ojson::object();
  for (const auto& [op, keys] : block) {  // std::map: already sorted
    ojson inner = ojson::object();
    for (const auto& [key, values] : keys) inner[key] = list_value(values);
    obj[op] = std::move(inner);
  }
  return obj;
}

ojson statement_value(const Statement& s) {
  ojson obj = ojson::object();
  if (!s.sid.empty()) obj["Sid"] = s.sid;
  obj["Effect"] = s.effect == Effect::Allow ? "Allow" : "Deny";
  if (s.principal) obj["Principal"] = principal_value(*s.principal);
  if (s.not_principal) obj["NotPrincipal"] = principal_value(*s.not_principal);
  // An empty NotAction/NotResource list is still written so the flag survives a round trip.
  if (s.not_action) {
    obj["NotAction"] = list_value(s.actions);
  } else if (!s.actions.empty()) {
    obj["Action"] = list_value(s.actions);
  }
  if (s.not_resource) {
    obj["NotResource"] = list_value(s.resources);
  } else if (!s.resources.empty()) {
    obj["Resource"] = list_value(s.resources);
  }
  if (!s.condition.empty()) obj["Condition"] = condition_value(s.condition);
  return obj;
}

}  // namespace

nlohmann::ordered_json to_json_value(const Document& doc) {
  ojson obj = ojson::object();
  if (!doc.version.empty()) obj["Version"] = doc.version;
  if (!doc.id.empty()) obj["Id"] = doc.id;
  ojson statements = ojson::array();
  for (const auto& s : doc.statements) statements.push_back(statement_value(s));
  obj["Statement"] = std::move(statements);
  return obj;
}

std::string write_json(const Document& doc) {
  // `replace` keeps the writer total: invalid UTF-8 in a user string becomes U+FFFD instead of throwing.
  return to_json_value(doc).dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace bslc::policy
