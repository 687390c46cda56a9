// The simulator's corpus (tests/sim/*.json) as bucket configurations, for the
// tests that hold the verifier and the diff to the simulator.
#pragma once
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "policy/json_value.h"
#include "sim/bucket.h"
#include "sim/inputs_json.h"

namespace bslc::verify {

namespace fs = std::filesystem;
using json = nlohmann::json;

inline fs::path corpus_dir() { return fs::path(BSLC_SOURCE_DIR) / "tests" / "sim"; }

inline std::vector<std::string> corpus_files() {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(corpus_dir()))
    if (entry.path().extension() == ".json") files.push_back(entry.path().filename().string());
  std::sort(files.begin(), files.end());
  return files;
}

inline sim::BucketConfig config_of(const json& c) {
  sim::BucketConfig config;
  if (c.contains("bucket_policy")) config.bucket_policy = policy::read_json_value(c["bucket_policy"]).document;
  if (c.contains("kms_key_policy")) config.kms_key_policy = policy::read_json_value(c["kms_key_policy"]).document;
  if (c.contains("identities")) config.identities = sim::read_identities_value(c["identities"]).identities;
  if (c.contains("settings")) config.settings = sim::read_bucket_settings_value(c["settings"]).settings;
  config.resource_account = c.value("resource_account", "");
  return config;
}

// The bucket the case's requests address.
inline std::string bucket_arn_of(const json& c) {
  for (const auto& r : c["requests"]) {
    const std::string res = r.value("resource", "");
    if (!res.starts_with("arn:aws:s3:::")) continue;
    return res.substr(0, res.find('/'));
  }
  return "arn:aws:s3:::bucket";
}

// A test name from a corpus file name: "operators_string.json" -> "operators_string".
inline std::string corpus_test_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = info.param.substr(0, info.param.size() - 5);
  for (char& ch : name)
    if (!isalnum(static_cast<unsigned char>(ch))) ch = '_';
  return name;
}

inline json read_case(const std::string& file) {
  std::ifstream in(corpus_dir() / file);
  std::stringstream text;
  text << in.rdbuf();
  return json::parse(text.str());
}

}  // namespace bslc::verify
