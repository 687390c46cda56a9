#include "driver/simulation_record.h"

#include "driver/file_tree.h"
#include "driver/simulate_target.h"
#include "policy/json.h"
#include "sim/inputs_json.h"

namespace bslc::driver {
namespace {

using Json = nlohmann::ordered_json;

std::optional<policy::Document> read_document(const std::filesystem::path& path, std::ostream& err) {
  const auto text = read_text(path.string(), err);
  if (!text) return std::nullopt;
  policy::ReadResult read = policy::read_json(*text);
  for (const auto& e : read.errors)
    err << "bslc: error: " << path.string() << ": " << e.path << ": " << e.message << "\n";
  if (!read.errors.empty()) return std::nullopt;
  return std::move(read.document);
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

std::optional<CompiledBucket> read_compiled_bucket(const std::filesystem::path& folder, std::ostream& err) {
  const std::filesystem::path record_path = folder / kSimulationRecordName;
  const std::string where = record_path.string();
  const auto text = read_text(where, err);
  if (!text) return std::nullopt;
  const Json record = Json::parse(*text, nullptr, false);
  if (!record.is_object()) {
    err << "bslc: error: " << where << ": not a JSON object\n";
    return std::nullopt;
  }
  bool ok = true;
  auto problem = [&](const std::string& message) {
    err << "bslc: error: " << where << ": " << message << "\n";
    ok = false;
  };
  auto string_member = [&](const Json& j, const char* name) {
    if (j.contains(name) && j[name].is_string()) return j[name].get<std::string>();
    problem(std::string("`") + name + "` must be a string");
    return std::string();
  };
  // A file the record names, inside the bucket's folder.
  auto document = [&](const std::string& file) -> std::optional<policy::Document> {
    if (!is_safe_relative_path(file)) {
      problem("`" + file + "` is not a path inside the bucket's folder");
      return std::nullopt;
    }
    auto doc = read_document(folder / file, err);
    ok = ok && doc.has_value();
    return doc;
  };

  CompiledBucket out;
  out.name = string_member(record, "bucket");
  out.arn = string_member(record, "arn");
  out.config.resource_account = string_member(record, "resource_account");
  if (record.contains("declared_at") && record["declared_at"].is_string()) out.declared_at = record["declared_at"];
  if (record.contains("settings")) {
    auto settings = sim::read_bucket_settings_value(nlohmann::json(record["settings"]), "settings");
    for (const auto& e : settings.errors) problem(e.path + ": " + e.message);
    out.config.settings = std::move(settings.settings);
  } else {
    problem("`settings` is missing");
  }
  if (std::filesystem::exists(folder / "bucket-policy.json")) out.config.bucket_policy = document("bucket-policy.json");
  if (record.contains("kms_key_policy")) out.config.kms_key_policy = document(string_member(record, "kms_key_policy"));
  if (record.contains("identity_policies") && record["identity_policies"].is_array()) {
    for (const auto& entry : record["identity_policies"]) {
      if (!entry.is_object()) continue;
      const auto doc = document(string_member(entry, "file"));
      if (!doc) continue;
      if (entry.contains("holder") && entry["holder"].is_string())
        out.config.identities[entry["holder"].get<std::string>()].push_back(*doc);
      if (entry.contains("attached_by_account") && entry["attached_by_account"].is_string())
        out.attached_by_account.emplace_back(entry["attached_by_account"].get<std::string>(), *doc);
    }
  }
  if (record.contains("summary") && record["summary"].is_object())
    for (const auto& [name, value] : record["summary"].items())
      out.summary.emplace_back(name, value.is_string() ? value.get<std::string>() : value.dump());
  out.lines = sources_beside((folder / kSimulationRecordName).string());
  if (!ok) return std::nullopt;
  return out;
}

}  // namespace bslc::driver
