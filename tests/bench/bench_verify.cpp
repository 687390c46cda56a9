// Verifier time per property: every written and built-in property of every
// example spec, one benchmark each (encoding the bucket once, then solving
// the claim, shrinking and replaying its counterexample if it has one).
// Targets (docs/verify.md): every property < 1 s, median < 100 ms, no UNKNOWN.
// And `diff/<example>`: the whole access diff of each example bucket against
// itself without its first bucket-policy statement (target < 2 s), and
// `diff-same/<example>`: the proof that an unchanged bucket changes nothing.
// `access/<example>`: every class the bucket allows (`bslc access`).
// The Verifier is built outside the timed loop; its construction is measured
// by the `encode/<example>` benchmarks.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <memory>

#include "driver/bucket_config.h"
#include "driver/pipeline.h"
#include "verify/diff.h"
#include "verify/properties.h"
#include "verify/verify.h"

namespace {

using namespace bslc;
namespace fs = std::filesystem;

struct BucketCase {
  std::string name;
  sim::BucketConfig config;
  std::string arn;
  std::vector<verify::NamedClaim> claims;
  verify::Options options;
};

std::vector<BucketCase> load_examples() {
  std::vector<BucketCase> out;
  std::vector<fs::path> specs;
  for (const auto& dir : fs::directory_iterator(fs::path(BSLC_SOURCE_DIR) / "examples")) {
    if (!dir.is_directory()) continue;
    for (const auto& f : fs::directory_iterator(dir.path()))
      if (f.path().extension() == ".bsl") specs.push_back(f.path());
  }
  std::sort(specs.begin(), specs.end());
  for (const auto& spec : specs) {
    driver::PipelineOptions po{.target_warnings = false, .verify = false};
    auto result = driver::run_pipeline({spec.string()}, po);
    if (!result.documents) continue;
    for (const auto& bucket : result.analysis.model.buckets) {
      for (const auto& docs : result.documents->buckets) {
        if (docs.bucket_id != bucket.id) continue;
        auto simulated = driver::simulated_bucket(bucket, docs);
        BucketCase c;
        c.name = spec.parent_path().filename().string() + "/" + bucket.id;
        c.config = simulated.config;
        c.arn = bucket.arn();
        c.claims = verify::claims_for(result.analysis.model, bucket);
        c.options.attached_by_account = simulated.attached_by_account;
        out.push_back(std::move(c));
      }
    }
  }
  return out;
}

std::vector<verify::Claim> plain(const std::vector<verify::NamedClaim>& claims) {
  std::vector<verify::Claim> out;
  for (const auto& c : claims) out.push_back(c.claim);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  static const std::vector<BucketCase> cases = load_examples();
  for (const auto& c : cases) {
    benchmark::RegisterBenchmark(("encode/" + c.name).c_str(), [&c](benchmark::State& state) {
      for (auto _ : state) {
        verify::Verifier v(c.config, c.arn, plain(c.claims), c.options);
        benchmark::DoNotOptimize(v.size());
      }
    })->Unit(benchmark::kMillisecond);
    auto verifier = std::make_shared<verify::Verifier>(c.config, c.arn, plain(c.claims), c.options);
    for (size_t i = 0; i < c.claims.size(); ++i) {
      const std::string title =
          c.claims[i].builtin ? std::string(diag::info(*c.claims[i].builtin).id) : "\"" + c.claims[i].title + "\"";
      benchmark::RegisterBenchmark(("property/" + c.name + "/" + title).c_str(), [verifier,
                                                                                  i](benchmark::State& state) {
        verify::Verdict verdict = verify::Verdict::Unknown;
        for (auto _ : state) verdict = verifier->check(i).verdict;
        state.SetLabel(std::string(verify::to_string(verdict)));
      })->Unit(benchmark::kMillisecond);
    }
  }
  for (const auto& c : cases) {
    verify::DiffSide before{c.config, c.options.attached_by_account};
    verify::DiffSide after = before;
    if (after.config.bucket_policy && !after.config.bucket_policy->statements.empty())
      after.config.bucket_policy->statements.erase(after.config.bucket_policy->statements.begin());
    benchmark::RegisterBenchmark(("diff/" + c.name).c_str(), [&c, before, after](benchmark::State& state) {
      size_t changes = 0;
      for (auto _ : state) changes = verify::diff_access(before, after, c.arn).changes.size();
      state.SetLabel(std::to_string(changes) + " classes");
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("diff-same/" + c.name).c_str(), [&c, before](benchmark::State& state) {
      size_t changes = 0;
      for (auto _ : state) changes = verify::diff_access(before, before, c.arn).changes.size();
      state.SetLabel(std::to_string(changes) + " classes");
    })->Unit(benchmark::kMillisecond);
    benchmark::RegisterBenchmark(("access/" + c.name).c_str(), [&c, before](benchmark::State& state) {
      size_t classes = 0;
      for (auto _ : state) classes = verify::access_classes(before, c.arn).changes.size();
      state.SetLabel(std::to_string(classes) + " classes");
    })->Unit(benchmark::kMillisecond);
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
