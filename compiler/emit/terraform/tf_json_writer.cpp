// Terraform JSON syntax (*.tf.json). String values are templates there too,
// so user text is escaped (`${` -> `$${`) and references become "${...}";
// meta-arguments (provider, depends_on) are plain strings.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <unordered_map>

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
      // Value keys are unique (and the escape keeps them so): append without
      // ordered_json's linear key search.
      ojson map = ojson::object();
      auto& members = map.get_ref<ojson::object_t&>();
      members.reserve(v.members().size());
      for (const auto& [key, member] : v.members()) members.emplace_back(tf_json_template_escape(key), to_json(member));
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

// The nesting of the document by block type and labels, with a hash index
// per level (a configuration holds several resources per bucket, and
// ordered_json finds keys by scanning).
struct Level {
  std::vector<std::pair<std::string, Level>> children;  // in first-use order
  std::unordered_map<std::string, size_t> index;
  ojson body;  // the block body (or array of bodies) at a full label path

  Level& child(const std::string& key) {
    const auto [it, inserted] = index.emplace(key, children.size());
    if (inserted) children.emplace_back(key, Level{});
    return children[it->second].second;
  }
  ojson take() {
    if (children.empty()) return std::move(body);
    ojson obj = ojson::object();
    auto& members = obj.get_ref<ojson::object_t&>();
    for (auto& [key, level] : children) members.emplace_back(key, level.take());
    return obj;
  }
};

}  // namespace

std::string write_tf_json(const std::vector<Block>& blocks) {
  Level root;
  for (const auto& block : blocks) {
    Level* slot = &root.child(block.type);
    // Labelled blocks nest by label: resource -> type -> name -> body.
    // Unlabelled ones with the same type (provider "aws" twice) become arrays.
    for (const auto& label : block.labels) slot = &slot->child(label);
    if (slot->body.is_null()) {
      slot->body = body(block);
    } else if (slot->body.is_array()) {
      slot->body.push_back(body(block));
    } else {
      slot->body = ojson::array({slot->body, body(block)});
    }
  }
  ojson doc = root.take();
  if (doc.is_null()) doc = ojson::object();
  return doc.dump(2, ' ', false, ojson::error_handler_t::replace) + "\n";
}

}  // namespace bslc::emit::tf
