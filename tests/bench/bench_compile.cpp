// Compile throughput at organization scale, in process: N generated
// realistic buckets (tests/support/org_specs.h: SSE-KMS key, TLS, logging,
// tag rules, object lock, three grants) through the whole pipeline (parse,
// check, lower, lint, CloudFormation YAML and Terraform HCL in memory), and
// the same plus writing the output folder (staging, one syncfs, publish).
// items_per_second = buckets per second (CPU time of this thread);
// peak_rss_MiB is the process's peak so far (run one size alone for its own).
// The spec is split into files of 1,000 buckets (the 2 MB file limit).
#include <benchmark/benchmark.h>
#include <sys/resource.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "driver/atomic_writer.h"
#include "driver/manifest.h"
#include "driver/pipeline.h"
#include "support/org_specs.h"

namespace {

using namespace bslc;
namespace fs = std::filesystem;

fs::path scratch() {
  std::string pattern = (fs::temp_directory_path() / "bslc-bench-XXXXXX").string();
  if (!::mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  return pattern;
}

double peak_rss_mib() {
  rusage u{};
  ::getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

void run(benchmark::State& state, bool to_disk) {
  const size_t n = static_cast<size_t>(state.range(0));
  const fs::path dir = scratch();
  std::vector<std::string> specs;
  for (const auto& text : testing::org_spec_files(n)) {
    specs.push_back((dir / ("org" + std::to_string(specs.size()) + ".bsl")).string());
    std::ofstream(specs.back()) << text;
  }
  size_t files = 0;
  int round = 0;
  for (auto _ : state) {
    driver::PipelineResult result = driver::run_pipeline(specs);
    if (!result.tree) {
      state.SkipWithError("the generated spec did not compile");
      break;
    }
    result.tree->files[driver::kManifestName] = driver::build_manifest(result.tree->files);
    files = result.tree->files.size();
    if (to_disk) {
      // A fresh folder each time: every file is new, as in a first compile.
      const auto outcome = driver::write_tree(dir / ("out" + std::to_string(round++)), result.tree->files, {});
      if (!outcome.ok) {
        state.SkipWithError(outcome.error.c_str());
        break;
      }
    }
    benchmark::DoNotOptimize(files);
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(n));
  state.counters["files"] = static_cast<double>(files);
  state.counters["peak_rss_MiB"] = peak_rss_mib();
  std::error_code ec;
  fs::remove_all(dir, ec);
}

void BM_CompileInMemory(benchmark::State& state) { run(state, false); }
void BM_CompileToDisk(benchmark::State& state) { run(state, true); }

BENCHMARK(BM_CompileInMemory)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_CompileToDisk)->Arg(100)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
