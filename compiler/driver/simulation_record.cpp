#include "driver/simulation_record.h"

#include <fstream>
#include <sstream>

#include "driver/file_tree.h"
#include "policy/json.h"
#include "sim/inputs_json.h"

namespace bslc::driver {
namespace {

using Json = nlohmann::ordered_json;

std::optional<std::string> slurp(const std::filesystem::path& path, std::vector<std::string>& errors) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    errors.push_back(path.string() + ": cannot be read");
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::optional<policy::Document> read_document(const std::filesystem::path& path, std::vector<std::string>& errors) {
  const auto text = slurp(path, errors);
  if (!text) return std::nullopt;
  policy::ReadResult read = policy::read_json(*text);
  for (const auto& e : read.errors) errors.push_back(path.string() + ": " + e.path + ": " + e.message);
  if (!read.errors.empty()) return std::nullopt;
  return std::move(read.document);
}

// A string member, or an error naming what is missing.
std::string member(const nlohmann::json& j, const char* name, const std::string& where,
                   std::vector<std::string>& errors) {
  if (!j.contains(name) || !j[name].is_string()) {
    errors.push_back(where + ": `" + name + "` must be a string");
    return "";
  }
  return j[name].get<std::string>();
}

}  // namespace

Json simulation_record(const ir::Bucket& bucket, const lower::BucketOutput& docs, const std::string& declared_at) {
  Json j;
  j["bucket"] = bucket.name;
  j["arn"] = bucket.arn();
  j["resource_account"] = bucket.account;
  j["declared_at"] = declared_at;
  j["settings"] = sim::bucket_settings_json(simulated_settings(bucket));
  if (docs.key_policy_kind == lower::KeyPolicyKind::NewKey && !docs.key_policy.document.statements.empty())
    j["kms_key_policy"] = "kms-key-policy.json";
  Json identities = Json::array();
  for (const auto& [grantee, doc] : docs.identity_policies) {
    if (doc.document.statements.empty()) continue;
    const auto attachment = identity_attachment(bucket, grantee);
    if (!attachment) continue;
    Json entry{{"file", "iam/" + safe_component(grantee) + ".json"}};
    if (!attachment->holder.empty()) entry["holder"] = attachment->holder;
    if (attachment->account) entry["attached_by_account"] = *attachment->account;
    identities.push_back(std::move(entry));
  }
  j["identity_policies"] = std::move(identities);
  Json summary = Json::object();
  for (const auto& [name, value] : bucket_summary(bucket, docs)) summary[name] = value;
  j["summary"] = std::move(summary);
  return j;
}

std::optional<CompiledBucket> read_compiled_bucket(const std::filesystem::path& folder,
                                                   std::vector<std::string>& errors) {
  const size_t errors_before = errors.size();
  const std::filesystem::path record_path = folder / kSimulationRecordName;
  const auto text = slurp(record_path, errors);
  if (!text) return std::nullopt;
  const nlohmann::json record = nlohmann::json::parse(*text, nullptr, false);
  const std::string where = record_path.string();
  if (!record.is_object()) {
    errors.push_back(where + ": not a JSON object");
    return std::nullopt;
  }
  CompiledBucket out;
  out.name = member(record, "bucket", where, errors);
  out.arn = member(record, "arn", where, errors);
  out.config.resource_account = member(record, "resource_account", where, errors);
  if (record.contains("declared_at") && record["declared_at"].is_string()) out.declared_at = record["declared_at"];
  if (record.contains("settings")) {
    auto settings = sim::read_bucket_settings_value(record["settings"], "settings");
    for (const auto& e : settings.errors) errors.push_back(where + ": " + e.path + ": " + e.message);
    out.config.settings = std::move(settings.settings);
  } else {
    errors.push_back(where + ": `settings` is missing");
  }
  if (std::filesystem::exists(folder / "bucket-policy.json"))
    out.config.bucket_policy = read_document(folder / "bucket-policy.json", errors);
  if (record.contains("kms_key_policy") && record["kms_key_policy"].is_string())
    out.config.kms_key_policy = read_document(folder / record["kms_key_policy"].get<std::string>(), errors);
  if (record.contains("identity_policies") && record["identity_policies"].is_array()) {
    for (const auto& entry : record["identity_policies"]) {
      if (!entry.is_object()) continue;
      const std::string file = member(entry, "file", where, errors);
      if (file.empty() || !is_safe_relative_path(file)) continue;
      const auto doc = read_document(folder / file, errors);
      if (!doc) continue;
      if (entry.contains("holder") && entry["holder"].is_string())
        out.config.identities[entry["holder"].get<std::string>()].push_back(*doc);
      if (entry.contains("attached_by_account") && entry["attached_by_account"].is_string())
        out.attached_by_account.emplace_back(entry["attached_by_account"].get<std::string>(), *doc);
    }
  }
  if (record.contains("summary") && record["summary"].is_object()) {
    // nlohmann::json sorts members; the order is the writer's, kept by reading the text again ordered.
    const Json ordered = Json::parse(*text, nullptr, false);
    for (const auto& [name, value] : ordered["summary"].items())
      out.summary.emplace_back(name, value.is_string() ? value.get<std::string>() : value.dump());
  }
  if (std::filesystem::exists(folder / "sources.json")) {
    if (const auto sources = slurp(folder / "sources.json", errors)) {
      const nlohmann::json lines = nlohmann::json::parse(*sources, nullptr, false);
      if (lines.is_object())
        for (const auto& [sid, line] : lines.items())
          if (line.is_string()) out.lines[sid] = line.get<std::string>();
    }
  }
  if (errors.size() != errors_before) return std::nullopt;
  return out;
}

}  // namespace bslc::driver
