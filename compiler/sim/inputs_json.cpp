#include "sim/inputs_json.h"

#include <fmt/format.h>

#include "policy/json_value.h"

namespace bslc::sim {
namespace {

using json = nlohmann::json;

std::string member_path(const std::string& path, std::string_view name) {
  return path.empty() ? std::string(name) : fmt::format("{}.{}", path, name);
}

// Parses text into a value or reports one error with the byte offset.
bool parse_text(std::string_view text, json& out, std::vector<policy::ReadError>& errors) {
  try {
    out = json::parse(text.begin(), text.end());
    return true;
  } catch (const json::parse_error& e) {
    errors.push_back({"", fmt::format("invalid JSON at byte {}", e.byte > 0 ? e.byte - 1 : 0)});
  } catch (const json::exception& e) {
    errors.push_back({"", fmt::format("invalid JSON: {}", e.what())});
  }
  return false;
}

class Fields {
 public:
  Fields(const json& obj, std::string path, std::vector<policy::ReadError>& errors)
      : obj_(obj), path_(std::move(path)), errors_(errors) {
    if (!obj_.is_object()) error(path_, "expected an object");
  }

  bool boolean(std::string_view name, bool& out, std::string_view alias = {}) {
    const json* v = find(name, alias);
    if (!v) return false;
    if (!v->is_boolean()) return error(at(name), "expected true or false");
    out = v->get<bool>();
    return true;
  }
  bool string(std::string_view name, std::string& out) {
    const json* v = find(name, {});
    if (!v) return false;
    if (!v->is_string()) return error(at(name), "expected a string");
    out = v->get<std::string>();
    return true;
  }
  bool integer(std::string_view name, int& out) {
    const json* v = find(name, {});
    if (!v) return false;
    if (!v->is_number_integer()) return error(at(name), "expected an integer");
    out = v->get<int>();
    return true;
  }
  const json* object(std::string_view name) {
    const json* v = find(name, {});
    if (v && !v->is_object()) {
      error(at(name), "expected an object");
      return nullptr;
    }
    return v;
  }
  std::string at(std::string_view name) const { return member_path(path_, name); }

  // Reports members nobody asked for: typos must not pass silently.
  void finish() {
    if (!obj_.is_object()) return;
    for (const auto& [name, value] : obj_.items()) {
      bool known = false;
      for (const auto& k : seen_) known = known || k == name;
      if (!known) error(at(name), fmt::format("unknown member `{}`", name));
    }
  }

  bool error(const std::string& path, std::string message) {
    errors_.push_back({path, std::move(message)});
    return false;
  }

 private:
  const json* find(std::string_view name, std::string_view alias) {
    seen_.emplace_back(name);
    if (!alias.empty()) seen_.emplace_back(alias);
    if (!obj_.is_object()) return nullptr;
    auto it = obj_.find(std::string(name));
    if (it == obj_.end() && !alias.empty()) it = obj_.find(std::string(alias));
    return it == obj_.end() ? nullptr : &*it;
  }

  const json& obj_;
  std::string path_;
  std::vector<policy::ReadError>& errors_;
  std::vector<std::string> seen_;
};

Encryption read_encryption(const json& v, const std::string& path, std::vector<policy::ReadError>& errors) {
  Encryption e;
  Fields f(v, path, errors);
  std::string algorithm;
  if (f.string("algorithm", algorithm)) {
    const auto a = parse_sse_algorithm(algorithm);
    if (!a) {
      f.error(f.at("algorithm"), fmt::format("`{}` is not AES256, aws:kms, aws:kms:dsse or SSE-C", algorithm));
    } else {
      e.algorithm = *a;
    }
  }
  f.string("kms_key_arn", e.kms_key_arn);
  f.boolean("bucket_key", e.bucket_key);
  f.finish();
  return e;
}

PublicAccessBlock read_public_access_block(const json& v, const std::string& path,
                                           std::vector<policy::ReadError>& errors) {
  PublicAccessBlock b;
  Fields f(v, path, errors);
  f.boolean("block_public_acls", b.block_public_acls, "BlockPublicAcls");
  f.boolean("ignore_public_acls", b.ignore_public_acls, "IgnorePublicAcls");
  f.boolean("block_public_policy", b.block_public_policy, "BlockPublicPolicy");
  f.boolean("restrict_public_buckets", b.restrict_public_buckets, "RestrictPublicBuckets");
  f.finish();
  return b;
}

}  // namespace

ObjectState read_object_state_value(const nlohmann::json& value, const std::string& path,
                                    std::vector<policy::ReadError>& errors) {
  ObjectState s;
  Fields f(value, path, errors);
  std::string mode;
  if (f.string("lock_mode", mode)) {
    if (const auto m = parse_lock_mode(mode)) {
      s.lock_mode = *m;
    } else {
      f.error(f.at("lock_mode"), fmt::format("`{}` is not GOVERNANCE, COMPLIANCE or NONE", mode));
    }
  }
  f.string("retain_until", s.retain_until);
  f.boolean("legal_hold", s.legal_hold);
  if (const json* e = f.object("encryption")) s.encryption = read_encryption(*e, f.at("encryption"), errors);
  f.finish();
  return s;
}

SettingsReadResult read_bucket_settings_value(const nlohmann::json& value, const std::string& path) {
  SettingsReadResult r;
  auto& s = r.settings;
  Fields f(value, path, r.errors);
  f.string("region", s.region);
  if (const json* v = f.object("public_access_block")) {
    s.public_access_block = read_public_access_block(*v, f.at("public_access_block"), r.errors);
  }
  if (const json* v = f.object("account_public_access_block")) {
    s.account_public_access_block = read_public_access_block(*v, f.at("account_public_access_block"), r.errors);
  }
  std::string ownership;
  if (f.string("object_ownership", ownership)) {
    if (ownership == "BucketOwnerEnforced") {
      s.object_ownership = ObjectOwnership::BucketOwnerEnforced;
    } else if (ownership == "BucketOwnerPreferred") {
      s.object_ownership = ObjectOwnership::BucketOwnerPreferred;
    } else if (ownership == "ObjectWriter") {
      s.object_ownership = ObjectOwnership::ObjectWriter;
    } else {
      f.error(f.at("object_ownership"),
              fmt::format("`{}` is not BucketOwnerEnforced, BucketOwnerPreferred or ObjectWriter", ownership));
    }
  }
  if (const json* v = f.object("default_encryption")) {
    s.default_encryption = read_encryption(*v, f.at("default_encryption"), r.errors);
  }
  f.boolean("versioning", s.versioning);
  f.boolean("mfa_delete", s.mfa_delete);
  f.boolean("sse_c_blocked", s.sse_c_blocked);
  if (const json* v = f.object("object_lock")) {
    Fields lock(*v, f.at("object_lock"), r.errors);
    lock.boolean("enabled", s.object_lock.enabled);
    std::string mode;
    if (lock.string("default_mode", mode)) {
      if (const auto m = parse_lock_mode(mode)) {
        s.object_lock.default_mode = *m;
      } else {
        lock.error(lock.at("default_mode"), fmt::format("`{}` is not GOVERNANCE, COMPLIANCE or NONE", mode));
      }
    }
    lock.integer("default_days", s.object_lock.default_days);
    lock.integer("default_years", s.object_lock.default_years);
    lock.finish();
  }
  f.string("kms_key_arn", s.kms_key_arn);
  if (const json* v = f.object("objects")) {
    for (const auto& [key, state] : v->items()) {
      s.objects[key] = read_object_state_value(state, fmt::format("{}[\"{}\"]", f.at("objects"), key), r.errors);
    }
  }
  f.finish();
  return r;
}

namespace {
nlohmann::ordered_json encryption_json(const Encryption& e) {
  return {
      {"algorithm", std::string(to_string(e.algorithm))}, {"kms_key_arn", e.kms_key_arn}, {"bucket_key", e.bucket_key}};
}
nlohmann::ordered_json public_access_block_json(const PublicAccessBlock& b) {
  return {{"block_public_acls", b.block_public_acls},
          {"ignore_public_acls", b.ignore_public_acls},
          {"block_public_policy", b.block_public_policy},
          {"restrict_public_buckets", b.restrict_public_buckets}};
}
}  // namespace

nlohmann::ordered_json bucket_settings_json(const BucketSettings& s) {
  nlohmann::ordered_json j;
  j["region"] = s.region;
  j["public_access_block"] = public_access_block_json(s.public_access_block);
  j["account_public_access_block"] = public_access_block_json(s.account_public_access_block);
  j["object_ownership"] = s.object_ownership == ObjectOwnership::BucketOwnerEnforced    ? "BucketOwnerEnforced"
                          : s.object_ownership == ObjectOwnership::BucketOwnerPreferred ? "BucketOwnerPreferred"
                                                                                        : "ObjectWriter";
  j["default_encryption"] = encryption_json(s.default_encryption);
  j["versioning"] = s.versioning;
  j["mfa_delete"] = s.mfa_delete;
  j["sse_c_blocked"] = s.sse_c_blocked;
  j["object_lock"] = {{"enabled", s.object_lock.enabled},
                      {"default_mode", std::string(to_string(s.object_lock.default_mode))},
                      {"default_days", s.object_lock.default_days},
                      {"default_years", s.object_lock.default_years}};
  j["kms_key_arn"] = s.kms_key_arn;
  nlohmann::ordered_json objects = nlohmann::ordered_json::object();
  for (const auto& [key, o] : s.objects) {
    nlohmann::ordered_json state = nlohmann::ordered_json::object();
    if (o.lock_mode) state["lock_mode"] = std::string(to_string(*o.lock_mode));
    if (!o.retain_until.empty()) state["retain_until"] = o.retain_until;
    state["legal_hold"] = o.legal_hold;
    if (o.encryption) state["encryption"] = encryption_json(*o.encryption);
    objects[key] = std::move(state);
  }
  j["objects"] = std::move(objects);
  return j;
}

SettingsReadResult read_bucket_settings(std::string_view text) {
  SettingsReadResult r;
  json value;
  if (!parse_text(text, value, r.errors)) return r;
  return read_bucket_settings_value(value);
}

IdentitiesReadResult read_identities_value(const nlohmann::json& value, const std::string& path) {
  IdentitiesReadResult r;
  if (!value.is_object()) {
    r.errors.push_back({path, "identities must be an object mapping principal ARNs to policy documents"});
    return r;
  }
  for (const auto& [arn, docs] : value.items()) {
    const std::string at = fmt::format("{}[\"{}\"]", path, arn);
    auto& list = r.identities[arn];
    auto read_one = [&](const json& doc, const std::string& doc_path) {
      auto read = policy::read_json_value(doc, doc_path);
      r.errors.insert(r.errors.end(), read.errors.begin(), read.errors.end());
      list.push_back(std::move(read.document));
    };
    if (docs.is_array()) {
      for (size_t i = 0; i < docs.size(); ++i) read_one(docs[i], fmt::format("{}[{}]", at, i));
    } else {
      read_one(docs, at);
    }
  }
  return r;
}

IdentitiesReadResult read_identities(std::string_view text) {
  IdentitiesReadResult r;
  json value;
  if (!parse_text(text, value, r.errors)) return r;
  return read_identities_value(value);
}

}  // namespace bslc::sim
