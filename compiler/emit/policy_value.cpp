#include "emit/policy_value.h"

#include <nlohmann/json.hpp>

#include "policy/json_value.h"
#include "source/work_counter.h"

namespace bslc::emit {

ArnReferences ArnReferences::over(const ArnReferences& base) {
  ArnReferences layer;
  layer.base_ = &base;
  return layer;
}

void ArnReferences::add(std::string arn, Ref arn_attribute) {
  if (base_ && base_->find(arn)) return;  // the first one stays
  arns_.emplace(std::move(arn), Entry{size(), std::move(arn_attribute)});
}

const ArnReferences::Entry* ArnReferences::find(const std::string& arn) const {
  work::count();
  if (const auto it = arns_.find(arn); it != arns_.end()) return &it->second;
  return base_ ? base_->find(arn) : nullptr;
}

Value ArnReferences::resolve(const std::string& text) const {
  // Candidates: the whole text, and every prefix that a '/' follows.
  const Entry* best = nullptr;
  size_t best_length = 0;
  auto consider = [&](size_t length) {
    const Entry* found = find(text.substr(0, length));
    if (found && (!best || found->order < best->order)) {
      best = found;
      best_length = length;
    }
  };
  if (size() == 0) return Value::text(text);
  consider(text.size());
  for (size_t slash = text.find('/'); slash != std::string::npos; slash = text.find('/', slash + 1)) consider(slash);
  if (!best) return Value::text(text);
  if (best_length == text.size()) return Value::reference(best->ref);
  return Value::parts({TextPart{"", best->ref}, TextPart{text.substr(best_length), std::nullopt}});
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
