// read_json: the one policy-document reader. It accepts every shape AWS
// accepts from people and reports each problem with its JSON path; it keeps
// going after an error so one run shows them all. It never throws.
#include <algorithm>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "policy/json.h"
#include "policy/json_value.h"

namespace bslc::policy {
namespace {

using json = nlohmann::json;

std::string join(const std::string& path, std::string_view member) {
  if (path.empty()) return std::string(member);
  return path + "." + std::string(member);
}

std::string index_path(const std::string& path, size_t i) { return path + "[" + std::to_string(i) + "]"; }

const char* type_word(const json& v) {
  switch (v.type()) {
    case json::value_t::null: return "null";
    case json::value_t::boolean: return "a boolean";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "a number";
    case json::value_t::string: return "a string";
    case json::value_t::array: return "an array";
    case json::value_t::object: return "an object";
    default: return "an unsupported value";
  }
}

class Reader {
 public:
  explicit Reader(std::vector<ReadError>& errors) : errors_(errors) {}

  Document document(const json& root, const std::string& path) {
    Document doc;
    if (!root.is_object()) {
      error(path, std::string("a policy document must be an object, found ") + type_word(root));
      return doc;
    }
    doc.version.clear();  // absent Version means the 2008 grammar: keep that visible
    bool has_statement = false;
    for (const auto& [name, value] : root.items()) {
      const std::string at = join(path, name);
      if (name == "Version") {
        if (string_into(value, at, doc.version) && doc.version != "2012-10-17" && doc.version != "2008-10-17") {
          error(at, "`" + doc.version + "` is not a policy language version; use `2012-10-17`");
        }
      } else if (name == "Id") {
        string_into(value, at, doc.id);
      } else if (name == "Statement") {
        has_statement = true;
        if (value.is_object()) {  // a single statement instead of a list
          doc.statements.push_back(statement(value, at));
        } else if (value.is_array()) {
          for (size_t i = 0; i < value.size(); ++i) doc.statements.push_back(statement(value[i], index_path(at, i)));
        } else {
          error(at, std::string("`Statement` must be an object or an array, found ") + type_word(value));
        }
      } else {
        error(at, "unknown policy member `" + name + "`");
      }
    }
    if (!has_statement) error(path, "the policy has no `Statement`");
    return doc;
  }

 private:
  void error(const std::string& path, std::string message) { errors_.push_back({path, std::move(message)}); }

  bool string_into(const json& v, const std::string& at, std::string& out) {
    if (!v.is_string()) {
      error(at, std::string("expected a string, found ") + type_word(v));
      return false;
    }
    out = v.get<std::string>();
    return true;
  }

  // A string or an array of strings.
  std::vector<std::string> string_list(const json& v, const std::string& at) {
    std::vector<std::string> out;
    if (v.is_string()) {
      out.push_back(v.get<std::string>());
    } else if (v.is_array()) {
      for (size_t i = 0; i < v.size(); ++i) {
        std::string s;
        if (string_into(v[i], index_path(at, i), s)) out.push_back(std::move(s));
      }
    } else {
      error(at, std::string("expected a string or an array of strings, found ") + type_word(v));
    }
    return out;
  }

  // Condition values: strings, booleans and numbers are all kept as text.
  bool scalar_text(const json& v, const std::string& at, std::string& out) {
    if (v.is_string()) {
      out = v.get<std::string>();
    } else if (v.is_boolean()) {
      out = v.get<bool>() ? "true" : "false";
    } else if (v.is_number()) {
      out = v.dump();
    } else {
      error(at, std::string("a condition value must be a string, boolean or number, found ") + type_word(v));
      return false;
    }
    return true;
  }

  std::vector<std::string> condition_values(const json& v, const std::string& at) {
    std::vector<std::string> out;
    if (v.is_array()) {
      for (size_t i = 0; i < v.size(); ++i) {
        std::string s;
        if (scalar_text(v[i], index_path(at, i), s)) out.push_back(std::move(s));
      }
    } else {
      std::string s;
      if (scalar_text(v, at, s)) out.push_back(std::move(s));
    }
    return out;
  }

  Principal principal(const json& v, const std::string& at) {
    Principal p;
    if (v.is_string()) {
      if (v.get<std::string>() == "*") {
        p.star = true;
      } else {
        error(at, "a principal given as a string must be `\"*\"`; use an object such as `{\"AWS\": \"...\"}`");
      }
      return p;
    }
    if (!v.is_object()) {
      error(at, std::string("a principal must be `\"*\"` or an object, found ") + type_word(v));
      return p;
    }
    for (const auto& [name, value] : v.items()) {
      const std::string inner = join(at, name);
      if (name == "AWS") {
        p.aws = string_list(value, inner);
      } else if (name == "Service") {
        p.service = string_list(value, inner);
      } else if (name == "CanonicalUser") {
        p.canonical_user = string_list(value, inner);
      } else if (name == "Federated") {
        p.federated = string_list(value, inner);
      } else {
        error(inner, "unknown principal type `" + name + "`; expected AWS, Service, CanonicalUser or Federated");
      }
    }
    return p;
  }

  ConditionBlock condition(const json& v, const std::string& at) {
    ConditionBlock block;
    if (!v.is_object()) {
      error(at, std::string("`Condition` must be an object, found ") + type_word(v));
      return block;
    }
    for (const auto& [op, keys] : v.items()) {
      const std::string op_at = join(at, op);
      if (!keys.is_object()) {
        error(op_at, std::string("a condition operator must map keys to values, found ") + type_word(keys));
        continue;
      }
      auto& slot = block[op];
      for (const auto& [key, values] : keys.items()) slot[key] = condition_values(values, join(op_at, key));
    }
    return block;
  }

  Statement statement(const json& v, const std::string& at) {
    Statement s;
    if (!v.is_object()) {
      error(at, std::string("a statement must be an object, found ") + type_word(v));
      return s;
    }
    bool has_action = false, has_not_action = false, has_resource = false, has_not_resource = false;
    for (const auto& [name, value] : v.items()) {
      const std::string m = join(at, name);
      if (name == "Sid") {
        string_into(value, m, s.sid);
      } else if (name == "Effect") {
        std::string effect;
        if (string_into(value, m, effect)) {
          if (effect == "Allow") {
            s.effect = Effect::Allow;
          } else if (effect == "Deny") {
            s.effect = Effect::Deny;
          } else {
            error(m, "`Effect` must be `Allow` or `Deny`, found `" + effect + "`");
          }
        }
      } else if (name == "Principal") {
        s.principal = principal(value, m);
      } else if (name == "NotPrincipal") {
        s.not_principal = principal(value, m);
      } else if (name == "Action") {
        has_action = true;
        s.actions = string_list(value, m);
      } else if (name == "NotAction") {
        has_not_action = true;
        s.not_action = true;
        s.actions = string_list(value, m);
      } else if (name == "Resource") {
        has_resource = true;
        s.resources = string_list(value, m);
      } else if (name == "NotResource") {
        has_not_resource = true;
        s.not_resource = true;
        s.resources = string_list(value, m);
      } else if (name == "Condition") {
        s.condition = condition(value, m);
      } else {
        error(m, "unknown statement member `" + name + "`");
      }
    }
    if (!v.contains("Effect")) error(at, "the statement has no `Effect`");
    if (s.principal && s.not_principal) error(at, "a statement cannot have both `Principal` and `NotPrincipal`");
    if (has_action && has_not_action) error(at, "a statement cannot have both `Action` and `NotAction`");
    if (!has_action && !has_not_action) error(at, "the statement has no `Action` or `NotAction`");
    if (has_resource && has_not_resource) error(at, "a statement cannot have both `Resource` and `NotResource`");
    return s;
  }

  std::vector<ReadError>& errors_;
};

// nlohmann prefixes messages with "[json.exception.parse_error.101] "; users need only the rest.
std::string without_exception_id(std::string_view what) {
  if (!what.empty() && what.front() == '[') {
    const auto close = what.find("] ");
    if (close != std::string_view::npos) what.remove_prefix(close + 2);
  }
  return std::string(what);
}

}  // namespace

ReadResult read_json_value(const nlohmann::json& value, const std::string& path) {
  ReadResult result;
  Reader reader(result.errors);
  result.document = reader.document(value, path);
  return result;
}

ReadResult read_json(std::string_view text) {
  json root;
  try {
    root = json::parse(text.begin(), text.end());
  } catch (const json::parse_error& e) {
    ReadResult result;
    // nlohmann counts from 1; offsets in bslc (source::Span) count from 0.
    const size_t offset = std::min<size_t>(e.byte > 0 ? e.byte - 1 : 0, text.size());
    result.errors.push_back(
        {"", "invalid JSON at byte " + std::to_string(offset) + ": " + without_exception_id(e.what())});
    return result;
  } catch (const json::exception& e) {
    ReadResult result;
    result.errors.push_back({"", std::string("invalid JSON: ") + e.what()});
    return result;
  }
  return read_json_value(root);
}

}  // namespace bslc::policy
