// JSON readers for the simulator's inputs besides policy documents:
// identities.json, bucket settings and object state. Like policy/json.h they
// never throw and report problems with JSON paths.
//
// identities.json:  {"<principal ARN>": [<policy document>, ...]}  (a single document is accepted too)
// settings.json (every member optional):
//   {"region": "eu-west-1",
//    "public_access_block": {"block_public_acls": true, "ignore_public_acls": true,
//                            "block_public_policy": true, "restrict_public_buckets": true},
//    "account_public_access_block": {...same...},      (CloudFormation names such as BlockPublicAcls work too)
//    "object_ownership": "BucketOwnerEnforced" | "BucketOwnerPreferred" | "ObjectWriter",
//    "default_encryption": <encryption>, "versioning": true, "mfa_delete": true,
//    "sse_c_blocked": true,   (BlockedEncryptionTypes [SSE-C]; default true, AWS's default since April 2026)
//    "object_lock": {"enabled": true, "default_mode": "GOVERNANCE", "default_days": 30, "default_years": 0},
//    "kms_key_arn": "arn:aws:kms:...", "objects": {"<key>": <object state>}}
// <encryption>:   {"algorithm": "AES256" | "aws:kms" | "aws:kms:dsse" | "SSE-C", "kms_key_arn": "...", "bucket_key":
// true} <object state>: {"lock_mode": "GOVERNANCE" | "COMPLIANCE" | "NONE", "retain_until": "<ISO 8601>",
//                  "legal_hold": true, "encryption": <encryption>}
#pragma once
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "policy/json.h"
#include "sim/bucket.h"

namespace bslc::sim {

struct IdentitiesReadResult {
  std::map<std::string, std::vector<policy::Document>> identities;
  std::vector<policy::ReadError> errors;
  bool ok() const { return errors.empty(); }
};
IdentitiesReadResult read_identities(std::string_view json);
IdentitiesReadResult read_identities_value(const nlohmann::json& value, const std::string& path = {});

struct SettingsReadResult {
  BucketSettings settings;
  std::vector<policy::ReadError> errors;
  bool ok() const { return errors.empty(); }
};
SettingsReadResult read_bucket_settings(std::string_view json);
SettingsReadResult read_bucket_settings_value(const nlohmann::json& value, const std::string& path = {});

// The settings as read_bucket_settings reads them: every member written, so
// reading the result back gives `settings` again.
nlohmann::ordered_json bucket_settings_json(const BucketSettings& settings);

// Appends problems to `errors`.
ObjectState read_object_state_value(const nlohmann::json& value, const std::string& path,
                                    std::vector<policy::ReadError>& errors);

}  // namespace bslc::sim
