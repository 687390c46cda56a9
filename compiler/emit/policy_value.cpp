#include "emit/policy_value.h"

#include <nlohmann/json.hpp>

#include "policy/json_value.h"

namespace bslc::emit {

void ArnReferences::add(std::string arn, Ref arn_attribute) {
  arns_.emplace_back(std::move(arn), std::move(arn_attribute));
}

Value ArnReferences::resolve(const std::string& text) const {
  for (const auto& [arn, ref] : arns_) {
    if (text.size() < arn.size() || text.compare(0, arn.size(), arn) != 0) continue;
    if (text.size() == arn.size()) return Value::reference(ref);
    if (text[arn.size()] == '/')
      return Value::parts({TextPart{"", ref}, TextPart{text.substr(arn.size()), std::nullopt}});
  }
  return Value::text(text);
}

namespace {

Value from_json(const nlohmann::ordered_json& j, const ArnReferences& refs) {
  switch (j.type()) {
    case nlohmann::ordered_json::value_t::object: {
      Value map = Value::map();
      for (const auto& [key, member] : j.items()) map.set(key, from_json(member, refs));
      return map;
    }
    case nlohmann::ordered_json::value_t::array: {
      Value list = Value::list();
      for (const auto& item : j) list.push(from_json(item, refs));
      return list;
    }
    case nlohmann::ordered_json::value_t::string: return refs.resolve(j.get<std::string>());
    case nlohmann::ordered_json::value_t::boolean: return Value::boolean(j.get<bool>());
    case nlohmann::ordered_json::value_t::null: return Value();
    default: return Value::text(j.dump());  // numbers: policy values are strings, keep the text
  }
}

}  // namespace

Value policy_value(const policy::Document& doc, const ArnReferences& refs) {
  return from_json(policy::to_json_value(doc), refs);
}

}  // namespace bslc::emit
