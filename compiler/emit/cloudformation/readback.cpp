// read_cloudformation_policies: template.yaml (short-form tags) or
// template.json (long form) -> bucket policies with intrinsics resolved.
#include "emit/readback.h"

#include <yaml-cpp/yaml.h>

#include "lower/lower.h"

namespace bslc::emit {
namespace {

using json = nlohmann::json;

// YAML -> JSON with tagged scalars turned into the long-form intrinsics.
// Every scalar is read as a string: policies hold only strings.
json yaml_to_json(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Map: {
      json out = json::object();
      for (const auto& kv : node) out[kv.first.as<std::string>()] = yaml_to_json(kv.second);
      return out;
    }
    case YAML::NodeType::Sequence: {
      json out = json::array();
      for (const auto& item : node) out.push_back(yaml_to_json(item));
      return out;
    }
    case YAML::NodeType::Scalar: {
      const std::string text = node.as<std::string>();
      if (node.Tag() == "!Ref") return json{{"Ref", text}};
      if (node.Tag() == "!Sub") return json{{"Fn::Sub", text}};
      if (node.Tag() == "!GetAtt") {
        const auto dot = text.find('.');
        return json{
            {"Fn::GetAtt", json::array({text.substr(0, dot), dot == std::string::npos ? "" : text.substr(dot + 1)})}};
      }
      return text;
    }
    default: return nullptr;
  }
}

struct Resolved {
  std::string name, arn;
};

// The bucket whose default-encryption key has this description (emit/*/kms_key.cpp).
const ir::Bucket* key_owner(const ir::Model& model, const std::string& description) {
  constexpr std::string_view kPrefix = "Default encryption key of S3 bucket ";
  if (!description.starts_with(kPrefix)) return nullptr;
  return model.find_bucket_by_name(description.substr(kPrefix.size()));
}

class Resolver {
 public:
  Resolver(const ir::Model& model, const json& resources, std::vector<std::string>& errors) : errors_(errors) {
    for (const auto& [id, resource] : resources.items()) {
      const std::string type = resource.value("Type", "");
      const json props = resource.value("Properties", json::object());
      if (type == "AWS::S3::Bucket" && props.contains("BucketName") && props["BucketName"].is_string()) {
        if (const auto* b = model.find_bucket_by_name(props["BucketName"].get<std::string>()))
          ids_[id] = Resolved{b->name, b->arn()};
      } else if (type == "AWS::Glacier::Vault" && props.contains("VaultName")) {
        for (const auto& v : model.vaults)
          if (v.name == props["VaultName"]) ids_[id] = Resolved{v.name, v.arn()};
      } else if (type == "AWS::KMS::Key" && props.contains("Description") && props["Description"].is_string()) {
        // A key made for a bucket reads back as the pattern the JSON policy uses for it.
        if (const auto* b = key_owner(model, props["Description"].get<std::string>()))
          ids_[id] = Resolved{"", lower::new_key_arn_pattern(*b)};
      }
    }
  }

  json resolve(const json& value) {
    if (value.is_array()) {
      json out = json::array();
      for (const auto& item : value) out.push_back(resolve(item));
      return out;
    }
    if (!value.is_object()) return value;
    if (value.size() == 1 && value.contains("Ref")) return lookup(value["Ref"].get<std::string>(), "");
    if (value.size() == 1 && value.contains("Fn::GetAtt")) {
      const auto& args = value["Fn::GetAtt"];
      return lookup(args.at(0).get<std::string>(), args.at(1).get<std::string>());
    }
    if (value.size() == 1 && value.contains("Fn::Sub")) return sub(value["Fn::Sub"].get<std::string>());
    json out = json::object();
    for (const auto& [key, member] : value.items()) out[key] = resolve(member);
    return out;
  }

  std::string bucket_id_of(const ir::Model& model, const json& bucket_ref) {
    const json name = resolve(bucket_ref);
    if (!name.is_string()) return "";
    const auto* b = model.find_bucket_by_name(name.get<std::string>());
    return b ? b->id : "";
  }

 private:
  std::string lookup(const std::string& id, const std::string& attribute) {
    auto it = ids_.find(id);
    if (it == ids_.end() || (attribute != "" && attribute != "Arn")) {
      errors_.push_back("unresolved reference `" + id + (attribute.empty() ? "" : "." + attribute) + "`");
      return "<unresolved:" + id + ">";
    }
    return attribute.empty() ? it->second.name : it->second.arn;
  }

  // ${X} / ${X.Arn} -> value; ${!text} -> literal ${text}.
  std::string sub(const std::string& tmpl) {
    std::string out;
    for (size_t i = 0; i < tmpl.size();) {
      if (tmpl.compare(i, 2, "${") != 0) {
        out += tmpl[i++];
        continue;
      }
      const auto close = tmpl.find('}', i);
      if (close == std::string::npos) {
        errors_.push_back("unterminated ${ in Fn::Sub");
        return out + tmpl.substr(i);
      }
      const std::string var = tmpl.substr(i + 2, close - i - 2);
      if (!var.empty() && var[0] == '!') {
        out += "${" + var.substr(1) + "}";
      } else {
        const auto dot = var.find('.');
        out += dot == std::string::npos ? lookup(var, "") : lookup(var.substr(0, dot), var.substr(dot + 1));
      }
      i = close + 1;
    }
    return out;
  }

  std::map<std::string, Resolved> ids_;
  std::vector<std::string>& errors_;
};

}  // namespace

Readback read_cloudformation_policies(const ir::Model& model, const Files& files) {
  Readback result;
  json tmpl;
  try {
    if (auto it = files.find("template.json"); it != files.end()) {
      tmpl = json::parse(it->second);
    } else if (auto yaml = files.find("template.yaml"); yaml != files.end()) {
      tmpl = yaml_to_json(YAML::Load(yaml->second));
    } else {
      result.errors.push_back("no template.yaml or template.json");
      return result;
    }
  } catch (const std::exception& e) {
    result.errors.push_back(std::string("cannot parse the template: ") + e.what());
    return result;
  }
  const json resources = tmpl.value("Resources", json::object());
  Resolver resolver(model, resources, result.errors);
  for (const auto& [id, resource] : resources.items()) {
    if (resource.value("Type", "") != "AWS::S3::BucketPolicy") continue;
    const json props = resource.value("Properties", json::object());
    const std::string bucket_id = resolver.bucket_id_of(model, props.value("Bucket", json()));
    if (bucket_id.empty()) {
      result.errors.push_back("bucket policy `" + id + "` is not attached to a bucket of the model");
      continue;
    }
    result.bucket_policies[bucket_id] = resolver.resolve(props.value("PolicyDocument", json()));
  }
  return result;
}

}  // namespace bslc::emit
