// HCL text. Layout follows `terraform fmt` so the output passes `fmt -check`:
// two-space indentation, and in each run of consecutive one-line attributes
// (or object items) the `=` signs are aligned; an attribute whose value spans
// lines stands alone.
#include <algorithm>
#include <cctype>

#include "emit/hcl_escape.h"
#include "emit/terraform/hcl.h"

namespace bslc::emit::tf {
namespace {

bool is_identifier(const std::string& s) {
  if (s.empty() || !(std::isalpha(static_cast<unsigned char>(s[0])) || s[0] == '_')) return false;
  for (char c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-')) return false;
  // Keywords are safer quoted as object keys.
  return s != "true" && s != "false" && s != "null" && s != "for" && s != "in" && s != "if";
}

std::string traversal(const Ref& ref) { return ref.attribute.empty() ? ref.target : ref.target + "." + ref.attribute; }

// A quoted template: literals escaped, references interpolated. A literal `$`
// right before an interpolation would pair with it into the `$${` escape, so
// that one `$` is written as an interpolated "$".
std::string template_string(const Value& text) {
  std::string out = "\"";
  const auto& parts = text.text_parts();
  for (size_t i = 0; i < parts.size(); ++i) {
    if (parts[i].ref) {
      out += "${" + traversal(*parts[i].ref) + "}";
      continue;
    }
    std::string literal = parts[i].literal;
    const bool dollar_before_ref =
        i + 1 < parts.size() && parts[i + 1].ref && !literal.empty() && literal.back() == '$';
    if (dollar_before_ref) literal.pop_back();
    out += hcl_escape(literal);
    if (dollar_before_ref) out += "${\"$\"}";
  }
  return out + "\"";
}

bool is_scalar(const Value& v) {
  return v.kind() != Value::Kind::List && v.kind() != Value::Kind::Map && v.kind() != Value::Kind::Call;
}

std::string pad(int indent) { return std::string(static_cast<size_t>(indent), ' '); }

// `aws.eu_west_1`: a provider address, the only dotted key bslc writes (a
// module call's `providers` map), which Terraform requires bare.
bool is_provider_address(const std::string& key) {
  const size_t dot = key.find('.');
  return dot != std::string::npos && key.substr(0, dot) == "aws" && is_identifier(key.substr(dot + 1));
}

std::string object_key(const std::string& key) {
  return is_identifier(key) || is_provider_address(key) ? key : hcl_quote(key);
}

// Lines of `key = value` with fmt's alignment; `values` are already rendered.
std::string aligned(const std::vector<std::pair<std::string, std::string>>& items, int indent) {
  std::string out;
  size_t i = 0;
  while (i < items.size()) {
    const bool one_line = items[i].second.find('\n') == std::string::npos;
    if (!one_line) {
      out += pad(indent) + items[i].first + " = " + items[i].second + "\n";
      ++i;
      continue;
    }
    size_t end = i, width = 0;
    while (end < items.size() && items[end].second.find('\n') == std::string::npos) {
      width = std::max(width, items[end].first.size());
      ++end;
    }
    for (; i < end; ++i) {
      out += pad(indent) + items[i].first + std::string(width - items[i].first.size(), ' ') + " = " + items[i].second +
             "\n";
    }
  }
  return out;
}

}  // namespace

std::string hcl_expression(const Value& v, bool compact, int indent) {
  switch (v.kind()) {
    case Value::Kind::Null: return "null";
    case Value::Kind::Bool: return v.as_bool() ? "true" : "false";
    case Value::Kind::Int: return std::to_string(v.as_int());
    case Value::Kind::Keyword: return v.function();
    case Value::Kind::Text:
      if (const Ref* ref = v.as_reference()) return traversal(*ref);
      return template_string(v);
    case Value::Kind::Call: {
      std::string out = v.function() + "(";
      for (size_t i = 0; i < v.items().size(); ++i) {
        if (i > 0) out += ", ";
        out += hcl_expression(v.items()[i], compact, indent);
      }
      return out + ")";
    }
    case Value::Kind::List: {
      const bool flat = compact || std::all_of(v.items().begin(), v.items().end(), is_scalar);
      if (flat) {
        std::string out = "[";
        for (size_t i = 0; i < v.items().size(); ++i) {
          if (i > 0) out += ", ";
          out += hcl_expression(v.items()[i], compact, indent);
        }
        return out + "]";
      }
      std::string out = "[\n";
      for (const auto& item : v.items()) out += pad(indent + 2) + hcl_expression(item, false, indent + 2) + ",\n";
      return out + pad(indent) + "]";
    }
    case Value::Kind::Map: {
      if (v.members().empty()) return "{}";
      if (compact) {
        std::string out = "{";
        for (size_t i = 0; i < v.members().size(); ++i) {
          if (i > 0) out += ", ";
          out += object_key(v.members()[i].first) + " = " + hcl_expression(v.members()[i].second, true, 0);
        }
        return out + "}";
      }
      std::vector<std::pair<std::string, std::string>> items;
      for (const auto& [key, member] : v.members())
        items.emplace_back(object_key(key), hcl_expression(member, false, indent + 2));
      return "{\n" + aligned(items, indent + 2) + pad(indent) + "}";
    }
  }
  return "null";
}

namespace {

std::string write_block(const Block& block, int indent) {
  std::string out;
  for (const auto& c : block.comments) out += pad(indent) + "# " + c + "\n";
  out += pad(indent) + block.type;
  for (const auto& label : block.labels) out += " " + hcl_quote(label);
  out += " {\n";
  std::vector<std::pair<std::string, std::string>> items;
  if (!block.provider.empty()) items.emplace_back("provider", block.provider);
  for (const auto& [name, value] : block.attributes) items.emplace_back(name, hcl_expression(value, false, indent + 2));
  std::string depends_on;
  if (!block.depends_on.empty()) {
    depends_on = "[";
    for (size_t i = 0; i < block.depends_on.size(); ++i) depends_on += (i > 0 ? ", " : "") + block.depends_on[i];
    depends_on += "]";
  }
  // With no nested block in between, depends_on joins the attributes' alignment run.
  if (block.blocks.empty() && !depends_on.empty()) items.emplace_back("depends_on", depends_on);
  out += aligned(items, indent + 2);
  for (const auto& nested : block.blocks) out += write_block(nested, indent + 2);
  if (!block.blocks.empty() && !depends_on.empty()) out += aligned({{"depends_on", depends_on}}, indent + 2);
  return out + pad(indent) + "}\n";
}

}  // namespace

std::string write_hcl(const std::vector<Block>& blocks) {
  std::string out = "# Generated by bslc from the BSL spec; edit the spec, not this file.\n";
  for (const auto& b : blocks) out += "\n" + write_block(b, 0);
  return out;
}

}  // namespace bslc::emit::tf
