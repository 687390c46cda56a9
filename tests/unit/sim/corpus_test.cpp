// Runs the simulator corpus in tests/sim: one JSON file per scenario with
// policies, settings, requests and the expected decision, deciding statements,
// reason and encryption. Every request is evaluated twice, with and without a
// trace, and both paths must agree. See tests/sim/README.md for the format.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "catalog/condition_operators.h"
#include "policy/json_value.h"
#include "sim/batch.h"
#include "sim/bucket.h"
#include "sim/detail/condition.h"
#include "sim/inputs_json.h"

namespace bslc::sim {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

fs::path corpus_dir() { return fs::path(BSLC_SOURCE_DIR) / "tests" / "sim"; }

std::vector<std::string> corpus_files() {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(corpus_dir())) {
    if (entry.path().extension() == ".json") files.push_back(entry.path().filename().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

json load(const std::string& file) {
  std::ifstream in(corpus_dir() / file);
  std::stringstream text;
  text << in.rdbuf();
  return json::parse(text.str());
}

std::string errors_text(const std::vector<policy::ReadError>& errors) {
  std::string out;
  for (const auto& e : errors) out += e.path + ": " + e.message + "\n";
  return out;
}

policy::Document read_document(const json& v, const std::string& what) {
  auto r = policy::read_json_value(v);
  EXPECT_TRUE(r.ok()) << what << ":\n" << errors_text(r.errors);
  return r.document;
}

BucketConfig config_of(const json& c) {
  BucketConfig config;
  if (c.contains("bucket_policy")) config.bucket_policy = read_document(c["bucket_policy"], "bucket_policy");
  if (c.contains("kms_key_policy")) config.kms_key_policy = read_document(c["kms_key_policy"], "kms_key_policy");
  if (c.contains("identities")) {
    auto r = read_identities_value(c["identities"], "identities");
    EXPECT_TRUE(r.ok()) << errors_text(r.errors);
    config.identities = std::move(r.identities);
  }
  if (c.contains("settings")) {
    auto r = read_bucket_settings_value(c["settings"], "settings");
    EXPECT_TRUE(r.ok()) << errors_text(r.errors);
    config.settings = std::move(r.settings);
  }
  config.resource_account = c.value("resource_account", "");
  return config;
}

std::vector<std::string> sorted_labels(const Result& r) {
  std::vector<std::string> labels;
  for (const auto& s : r.statements) labels.push_back(s.label());
  std::sort(labels.begin(), labels.end());
  return labels;
}

class Corpus : public ::testing::TestWithParam<std::string> {};

TEST_P(Corpus, EveryRequestGetsItsExpectedDecision) {
  const json c = load(GetParam());
  ASSERT_TRUE(c.contains("requests") && c["requests"].is_array() && !c["requests"].empty())
      << "a corpus case needs requests";
  const auto created = BucketSimulator::create(config_of(c));

  // Compile issues: none unless the case expects them (by message fragment).
  std::vector<std::string> expected_issues = c.value("expect_issues", std::vector<std::string>{});
  ASSERT_EQ(created.issues.size(), expected_issues.size()) << [&] {
    std::string out;
    for (const auto& i : created.issues)
      out += i.document + "#" + std::to_string(i.statement) + ": " + i.message + "\n";
    return out;
  }();
  for (size_t i = 0; i < expected_issues.size(); ++i) {
    EXPECT_NE(created.issues[i].message.find(expected_issues[i]), std::string::npos) << created.issues[i].message;
  }
  const BucketSimulator& sim = created.simulator;
  if (c.contains("expect_public")) {
    EXPECT_EQ(sim.bucket_policy_report().is_public, c["expect_public"].get<bool>());
  }
  for (const auto& put : c.value("policy_puts", json::array())) {
    const auto outcome = sim.put_bucket_policy(read_document(put["policy"], "policy_puts"));
    EXPECT_EQ(outcome.accepted ? "accepted" : "refused", put["expect"].get<std::string>())
        << put["id"] << ": " << outcome.message;
  }

  Workspace workspace;
  Result fast;
  for (const auto& r : c["requests"]) {
    const std::string id = r.value("id", "?");
    json line = r;
    for (const char* test_only : {"expect", "statements", "reason", "encryption", "note"}) line.erase(test_only);
    const auto parsed = parse_request_line(line.dump());
    ASSERT_TRUE(parsed.line) << id << ": " << parsed.error;
    const Request& request = parsed.line->request;

    sim.evaluate(request, workspace, fast);
    const Result traced = sim.evaluate(request, EvalOptions{.trace = true});
    const std::string why = explain(traced);
    SCOPED_TRACE(GetParam() + " / " + id + "\n" + why);

    ASSERT_TRUE(r.contains("expect")) << "request without `expect`";
    EXPECT_EQ(to_string(fast.decision), r["expect"].get<std::string>());
    EXPECT_EQ(to_string(fast.reason), r.value("reason", "policy"));
    ASSERT_TRUE(r.contains("statements")) << "request without `statements` (use [] for none)";
    auto expected = r["statements"].get<std::vector<std::string>>();
    std::sort(expected.begin(), expected.end());
    EXPECT_EQ(sorted_labels(fast), expected);
    if (r.contains("encryption")) {
      ASSERT_TRUE(fast.encryption.has_value());
      EXPECT_EQ(to_string(fast.encryption->algorithm), r["encryption"].get<std::string>());
    } else {
      EXPECT_FALSE(fast.encryption.has_value());
    }
    // The traced evaluation must reach the same verdict and explain it.
    EXPECT_EQ(traced.decision, fast.decision);
    EXPECT_EQ(traced.reason, fast.reason);
    EXPECT_EQ(sorted_labels(traced), sorted_labels(fast));
    if (fast.reason != Reason::InvalidRequest) {
      EXPECT_FALSE(traced.trace.empty() && traced.notes.empty());
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Sim, Corpus, ::testing::ValuesIn(corpus_files()),
                         [](const ::testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param.substr(0, info.param.size() - 5);
                           for (char& ch : name) {
                             if (!std::isalnum(static_cast<unsigned char>(ch))) ch = '_';
                           }
                           return name;
                         });

// Collects every condition operator used anywhere in a policy of the corpus.
void collect_operators(const json& v, std::set<std::string>& ops) {
  if (v.is_object()) {
    for (const auto& [k, child] : v.items()) {
      if (k == "Condition" && child.is_object()) {
        for (const auto& [op, _] : child.items()) ops.insert(op);
      }
      collect_operators(child, ops);
    }
  } else if (v.is_array()) {
    for (const auto& child : v) collect_operators(child, ops);
  }
}

TEST(CorpusCoverage, EveryConditionOperatorAndQualifierIsExercised) {
  std::set<std::string> used;
  size_t requests = 0;
  for (const auto& file : corpus_files()) {
    const json c = load(file);
    collect_operators(c, used);
    requests += c["requests"].size();
  }
  std::set<std::string> bases;
  bool if_exists = false, for_all = false, for_any = false;
  for (auto op : used) {
    if (op.starts_with("ForAllValues:")) for_all = true, op = op.substr(13);
    if (op.starts_with("ForAnyValue:")) for_any = true, op = op.substr(12);
    if (op.ends_with("IfExists")) if_exists = true, op = op.substr(0, op.size() - 8);
    bases.insert(op);
  }
  for (std::string_view op : catalog::condition_operators()) {
    EXPECT_TRUE(bases.count(std::string(op))) << "no corpus case uses " << op;
  }
  EXPECT_TRUE(if_exists && for_all && for_any);
  EXPECT_GE(requests, 150u);
}

}  // namespace
}  // namespace bslc::sim
