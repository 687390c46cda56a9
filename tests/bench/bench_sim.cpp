// Simulator throughput on a realistic 20-statement bucket policy with its KMS
// key policy and identity policies (tests/sim/realistic_bucket.json): TLS and
// minimum-TLS denies, SSE-KMS enforcement, a VPC endpoint perimeter with an
// admin exception, an org perimeter with a partner exception, stale presigned
// URLs, MFA for version deletes, tag restrictions, partner prefixes through
// ${aws:PrincipalAccount}, log delivery and home directories. The request mix
// (29 requests) is allowed and denied in about equal measure; permitted
// uploads and downloads also run the KMS key-policy evaluation.
//
// Single thread; items_per_second = evaluations per second.
#include <benchmark/benchmark.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

#include "policy/json_value.h"
#include "sim/batch.h"
#include "sim/bucket.h"
#include "sim/evaluator.h"
#include "sim/inputs_json.h"

namespace {

using namespace bslc;

struct Workload {
  sim::BucketConfig config;
  std::vector<sim::Request> requests;
};

const Workload& workload() {
  static const Workload w = [] {
    std::ifstream in(std::string(BSLC_SOURCE_DIR) + "/tests/sim/realistic_bucket.json");
    std::stringstream text;
    text << in.rdbuf();
    const auto c = nlohmann::json::parse(text.str());
    Workload w;
    w.config.bucket_policy = policy::read_json_value(c["bucket_policy"]).document;
    w.config.kms_key_policy = policy::read_json_value(c["kms_key_policy"]).document;
    w.config.identities = sim::read_identities_value(c["identities"]).identities;
    w.config.settings = sim::read_bucket_settings_value(c["settings"]).settings;
    w.config.resource_account = c["resource_account"].get<std::string>();
    for (auto r : c["requests"]) {
      for (const char* k : {"expect", "statements", "reason", "encryption", "note"}) r.erase(k);
      auto parsed = sim::parse_request_line(r.dump());
      if (!parsed.line) throw std::runtime_error(parsed.error);
      w.requests.push_back(std::move(parsed.line->request));
    }
    return w;
  }();
  return w;
}

// The whole bucket: policy decision, then BPA / encryption / KMS checks.
void BM_BucketSimulatorMix(benchmark::State& state) {
  const Workload& w = workload();
  const auto sim = sim::BucketSimulator::create(w.config).simulator;
  sim::Workspace workspace;
  sim::Result result;
  size_t i = 0, allowed = 0;
  for (auto _ : state) {
    sim.evaluate(w.requests[i], workspace, result);
    allowed += result.allowed();
    benchmark::DoNotOptimize(result.decision);
    if (++i == w.requests.size()) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["allowed_share"] = benchmark::Counter(static_cast<double>(allowed) / state.iterations());
}
BENCHMARK(BM_BucketSimulatorMix);

// The policy decision alone (bucket policy + identity policies), no bucket features.
void BM_EvaluatorMix(benchmark::State& state) {
  const Workload& w = workload();
  sim::PolicySet set;
  set.resource_policy = sim::NamedDocument{"bucket-policy", *w.config.bucket_policy};
  for (const auto& [arn, docs] : w.config.identities) {
    for (const auto& d : docs) set.identities[arn].push_back({"identity", d});
  }
  set.resource_account = w.config.resource_account;
  const auto evaluator = sim::Evaluator::compile(set).evaluator;
  sim::Workspace workspace;
  sim::Result result;
  size_t i = 0;
  for (auto _ : state) {
    evaluator.evaluate(w.requests[i], workspace, result);
    benchmark::DoNotOptimize(result.decision);
    if (++i == w.requests.size()) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_EvaluatorMix);

// With the explanation trace (allocates; for interactive use, not batch).
void BM_BucketSimulatorTraced(benchmark::State& state) {
  const Workload& w = workload();
  const auto sim = sim::BucketSimulator::create(w.config).simulator;
  sim::Workspace workspace;
  sim::Result result;
  size_t i = 0;
  for (auto _ : state) {
    sim.evaluate(w.requests[i], workspace, result, {.trace = true});
    benchmark::DoNotOptimize(result.trace.data());
    if (++i == w.requests.size()) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_BucketSimulatorTraced);

// Compiling the policy set once (what a CLI run pays before its first request).
void BM_Compile(benchmark::State& state) {
  const Workload& w = workload();
  for (auto _ : state) {
    auto created = sim::BucketSimulator::create(w.config);
    benchmark::DoNotOptimize(&created);
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Compile);

}  // namespace

BENCHMARK_MAIN();
