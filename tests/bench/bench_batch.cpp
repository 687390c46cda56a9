// Simulator batch throughput end to end, in process: JSONL request lines
// (the 29-request realistic mix of tests/sim/realistic_bucket.json, repeated)
// parsed, evaluated against the realistic bucket and written as result
// lines, exactly as `bslc simulate --requests --format jsonl` runs them.
// items_per_second = requests per second. BM_BatchGeneralReader forces the
// general (DOM) reader on every line, for comparison with the fast path.
#include <benchmark/benchmark.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "policy/json_value.h"
#include "sim/batch.h"
#include "sim/bucket.h"
#include "sim/inputs_json.h"

namespace {

using namespace bslc;

struct Workload {
  sim::BucketConfig config;
  std::string jsonl;  // 100,000 lines
  size_t lines = 0;
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
    std::vector<std::string> mix;
    size_t n = 0;
    for (auto r : c["requests"]) {
      for (const char* k : {"expect", "statements", "reason", "encryption", "note"}) r.erase(k);
      r["id"] = "r" + std::to_string(n++);
      mix.push_back(r.dump());
    }
    for (size_t i = 0; i < 100000; ++i) w.jsonl += mix[i % mix.size()] + "\n";
    w.lines = 100000;
    return w;
  }();
  return w;
}

class NullBuffer : public std::streambuf {
 protected:
  std::streamsize xsputn(const char*, std::streamsize n) override { return n; }
  int overflow(int c) override { return c; }
};

void BM_BatchEndToEnd(benchmark::State& state) {
  const Workload& w = workload();
  const auto created = sim::BucketSimulator::create(w.config);
  NullBuffer null;
  std::ostream out(&null);
  for (auto _ : state) {
    std::istringstream in(w.jsonl);
    const auto report = sim::run_batch(created.simulator, in, out);
    if (!report.ok()) state.SkipWithError(report.errors.front().message.c_str());
    benchmark::DoNotOptimize(report.evaluated);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(w.lines));
}
BENCHMARK(BM_BatchEndToEnd)->Unit(benchmark::kMillisecond);

// Parsing alone, fast path (every line of the mix takes it).
void BM_ParseRequestLine(benchmark::State& state) {
  const Workload& w = workload();
  std::vector<std::string> lines;
  std::istringstream in(w.jsonl);
  for (std::string l; std::getline(in, l) && lines.size() < 29;) lines.push_back(l);
  size_t i = 0;
  for (auto _ : state) {
    auto parsed = sim::parse_request_line(lines[i]);
    benchmark::DoNotOptimize(parsed.line);
    if (++i == lines.size()) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_ParseRequestLine);

}  // namespace

BENCHMARK_MAIN();
