// Terraform JSON syntax (*.tf.json). String values are templates there too,
// so user text is escaped (`${` -> `$${`) and references become "${...}";
// meta-arguments (provider, depends_on) are plain strings.
#include <algorithm>
#include <nlohmann/json.hpp>

#include "emit/hcl_escape.h"
#include "emit/terraform/hcl.h"

namespace bslc::emit::tf {
namespace {

using ojson = nlohmann::ordered_json;

std::string template_text(const Value& text) {
  std::string out;
  const auto& parts = text.text_parts();
  for (size_t i = 0; i < parts.size(); ++i) {
    if (parts[i].ref) {
      const Ref& r = *parts[i].ref;
      out += "${" + (r.attribute.empty() ? r.target : r.target + "." + r.attribute) + "}";
      continue;
    }
    // Same boundary rule as HCL: a `$` right before "${" is interpolated.
    std::string literal = parts[i].literal;
    const bool dollar_before_ref =
        i + 1 < parts.size() && parts[i + 1].ref && !literal.empty() && literal.back() == '$';
    if (dollar_before_ref) literal.pop_back();
    out += tf_json_template_escape(literal);
    if (dollar_before_ref) out += "${\"$\"}";
  }
  return out;
}

ojson to_json(const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Null: return nullptr;
    case Value::Kind::Bool: return v.as_bool();
    case Value::Kind::Int: return v.as_int();
    case Value::Kind::Keyword: return v.function();
    case Value::Kind::Text: return template_text(v);
    case Value::Kind::Call: return "${" + hcl_expression(v, true) + "}";
    case Value::Kind::List: {
      ojson list = ojson::array();
      for (const auto& item : v.items()) list.push_back(to_json(item));
      return list;
    }
    case Value::Kind::Map: {
      ojson map = ojson::object();
      for (const auto& [key, member] : v.members()) map[tf_json_template_escape(key)] = to_json(member);
      return map;
    }
  }
  return nullptr;
}

ojson body(const Block& block) {
  ojson obj = ojson::object();
  if (!block.provider.empty()) obj["provider"] = block.provider;
  for (const auto& [name, value] : block.attributes) obj[name] = to_json(value);
  // Nested blocks of one type: an object when there is one, else an array.
  std::vector<std::string> order;
  for (const auto& nested : block.blocks)
    if (std::find(order.begin(), order.end(), nested.type) == order.end()) order.push_back(nested.type);
  for (const auto& type : order) {
    ojson list = ojson::array();
    for (const auto& nested : block.blocks)
      if (nested.type == type) list.push_back(body(nested));
    obj[type] = list.size() == 1 ? list[0] : list;
  }
  if (!block.depends_on.empty()) obj["depends_on"] = block.depends_on;
  return obj;
}

}  // namespace

std::string write_tf_json(const std::vector<Block>& blocks) {
  ojson root = ojson::object();
  for (const auto& block : blocks) {
    ojson* slot = &root[block.type];
    // Labelled blocks nest by label: resource -> type -> name -> body.
    // Unlabelled ones with the same type (provider "aws" twice) become arrays.
    for (const auto& label : block.labels) slot = &(*slot)[label];
    if (slot->is_null()) {
      *slot = body(block);
    } else if (slot->is_array()) {
      slot->push_back(body(block));
    } else {
      *slot = ojson::array({*slot, body(block)});
    }
  }
  return root.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n";
}

}  // namespace bslc::emit::tf
