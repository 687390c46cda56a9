// read_terraform_policies: main.tf (read with the HCL subset reader) or
// main.tf.json (string values read as templates) -> bucket policies with
// references to buckets and vaults resolved.
#include "emit/readback.h"

#include "emit/hcl_reader.h"
#include "lower/lower.h"

namespace bslc::emit {
namespace {

using json = nlohmann::json;

// Resource address ("aws_s3_bucket.records") -> {attribute -> value}.
using Attributes = std::map<std::string, std::map<std::string, std::string>>;

void add_known(const ir::Model& model, const std::string& type, const std::string& name, const json& body,
               Attributes& known) {
  const std::string address = type + "." + name;
  if (type == "aws_s3_bucket" && body.contains("bucket") && body["bucket"].is_string()) {
    if (const auto* b = model.find_bucket_by_name(body["bucket"].get<std::string>()))
      known[address] = {{"id", b->name}, {"bucket", b->name}, {"arn", b->arn()}};
  } else if (type == "aws_glacier_vault" && body.contains("name")) {
    for (const auto& v : model.vaults)
      if (v.name == body["name"]) known[address] = {{"name", v.name}, {"arn", v.arn()}};
  } else if (type == "aws_kms_key" && body.contains("description") && body["description"].is_string()) {
    // A key made for a bucket reads back as the pattern the JSON policy uses for it.
    constexpr std::string_view kPrefix = "Default encryption key of S3 bucket ";
    const std::string description = body["description"].get<std::string>();
    if (description.starts_with(kPrefix))
      if (const auto* b = model.find_bucket_by_name(description.substr(kPrefix.size())))
        known[address] = {{"arn", lower::new_key_arn_pattern(*b)}};
  }
}

HclResolver resolver_for(const Attributes& known) {
  return [&known](const std::string& traversal) -> std::optional<json> {
    const auto dot = traversal.rfind('.');
    if (dot == std::string::npos) return std::nullopt;
    auto it = known.find(traversal.substr(0, dot));
    if (it == known.end()) return std::nullopt;
    auto attr = it->second.find(traversal.substr(dot + 1));
    if (attr == it->second.end()) return std::nullopt;
    return json(attr->second);
  };
}

std::string bucket_id_of(const ir::Model& model, const json& bucket) {
  if (!bucket.is_string()) return "";
  const auto* b = model.find_bucket_by_name(bucket.get<std::string>());
  return b ? b->id : "";
}

void read_hcl_file(const ir::Model& model, const std::string& text, Readback& result) {
  // Pass 1 finds the buckets by their literal names; pass 2 resolves references.
  Attributes known;
  std::vector<std::string> ignored;
  const HclBlock first = read_hcl(
      text, [](const std::string&) { return std::nullopt; }, ignored);
  for (const auto& block : first.blocks) {
    if (block.type != "resource" || block.labels.size() != 2) continue;
    json body = json::object();
    for (const auto& [k, v] : block.attributes) body[k] = v;
    add_known(model, block.labels[0], block.labels[1], body, known);
  }
  const HclBlock root = read_hcl(text, resolver_for(known), result.errors);
  for (const auto& block : root.blocks) {
    if (block.type != "resource" || block.labels.size() != 2 || block.labels[0] != "aws_s3_bucket_policy") continue;
    const json* bucket = block.attribute("bucket");
    const json* policy = block.attribute("policy");
    const std::string id = bucket ? bucket_id_of(model, *bucket) : "";
    if (id.empty() || policy == nullptr) {
      result.errors.push_back("aws_s3_bucket_policy." + block.labels[1] + " has no bucket of the model or no policy");
      continue;
    }
    result.bucket_policies[id] = *policy;
  }
}

// Every string value of a .tf.json body is a template.
json evaluate(const json& value, const HclResolver& resolve, std::vector<std::string>& errors) {
  if (value.is_string()) return read_hcl_template(value.get<std::string>(), resolve, errors);
  if (value.is_array()) {
    json out = json::array();
    for (const auto& item : value) out.push_back(evaluate(item, resolve, errors));
    return out;
  }
  if (value.is_object()) {
    json out = json::object();
    for (const auto& [k, v] : value.items()) out[k] = evaluate(v, resolve, errors);
    return out;
  }
  return value;
}

void read_json_file(const ir::Model& model, const std::string& text, Readback& result) {
  json root;
  try {
    root = json::parse(text);
  } catch (const std::exception& e) {
    result.errors.push_back(std::string("cannot parse main.tf.json: ") + e.what());
    return;
  }
  const json resources = root.value("resource", json::object());
  Attributes known;
  std::vector<std::string> ignored;
  const HclResolver none = [](const std::string&) { return std::nullopt; };
  for (const auto& [type, by_name] : resources.items())
    for (const auto& [name, body] : by_name.items()) add_known(model, type, name, evaluate(body, none, ignored), known);
  const HclResolver resolve = resolver_for(known);
  const json policies = resources.value("aws_s3_bucket_policy", json::object());  // outlives the loop
  for (const auto& [name, body] : policies.items()) {
    const json bucket = evaluate(body.value("bucket", json()), resolve, result.errors);
    const std::string id = bucket_id_of(model, bucket);
    if (id.empty() || !body.contains("policy")) {
      result.errors.push_back("aws_s3_bucket_policy." + name + " has no bucket of the model or no policy");
      continue;
    }
    result.bucket_policies[id] = evaluate(body["policy"], resolve, result.errors);
  }
}

}  // namespace

Readback read_terraform_policies(const ir::Model& model, const Files& files) {
  Readback result;
  if (auto it = files.find("main.tf.json"); it != files.end()) {
    read_json_file(model, it->second, result);
  } else if (auto hcl = files.find("main.tf"); hcl != files.end()) {
    read_hcl_file(model, hcl->second, result);
  } else {
    result.errors.push_back("no main.tf or main.tf.json");
  }
  return result;
}

}  // namespace bslc::emit
