// The nlohmann-level halves of policy/json.h, for code that embeds policy
// documents inside larger JSON files (identities.json, the simulator corpus,
// CloudFormation templates). Same rules as write_json / read_json.
#pragma once
#include <nlohmann/json.hpp>
#include <string>

#include "policy/json.h"

namespace bslc::policy {

// The document as an ordered JSON value (member order as documented in json.h).
nlohmann::ordered_json to_json_value(const Document& doc);

// Reads one document from an already parsed value. Error paths are prefixed
// with `path` (e.g. "identities[\"arn:...\"][0]"); an empty prefix gives paths
// relative to the document ("Statement[2].Condition").
ReadResult read_json_value(const nlohmann::json& value, const std::string& path = {});

}  // namespace bslc::policy
