// Whole-process figures, as a user or CI sees them: the bslc binary is run
// as a child process (fork + exec, output to /dev/null).
//   BM_CheckExample: `bslc check examples/phi-records/records.bsl` (start-up,
//     stdlib, parse, check, lower, lint, emitters in memory).
//   BM_CompileExample: `bslc compile` of the same spec into a fresh folder.
//   BM_SimulateBatch: `bslc simulate --policy ... --requests R --format jsonl`
//     with 100,000 requests of the realistic mix.
// Time is wall-clock per run (manual time); child_cpu_ms is the child's
// user+system CPU per run.
#include <benchmark/benchmark.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

double children_cpu_ms() {
  rusage u{};
  ::getrusage(RUSAGE_CHILDREN, &u);
  return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

// Runs bslc with args; returns the exit code.
int run(const std::vector<std::string>& args) {
  std::vector<std::string> storage = {BSLC_BINARY};
  storage.insert(storage.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : storage) argv.push_back(a.data());
  argv.push_back(nullptr);
  const pid_t pid = ::fork();
  if (pid == 0) {
    const int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, 1);
    ::dup2(null, 2);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128;
}

void timed(benchmark::State& state, const std::vector<std::string>& args, int64_t items = 1) {
  const double cpu_before = children_cpu_ms();
  for (auto _ : state) {
    const auto start = std::chrono::steady_clock::now();
    const int rc = run(args);
    state.SetIterationTime(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    if (rc != 0) {
      state.SkipWithError("bslc failed");
      break;
    }
  }
  state.counters["child_cpu_ms"] = (children_cpu_ms() - cpu_before) / static_cast<double>(state.iterations());
  state.SetItemsProcessed(state.iterations() * items);
}

const std::string kExample = std::string(BSLC_SOURCE_DIR) + "/examples/phi-records/records.bsl";

void BM_CheckExample(benchmark::State& state) { timed(state, {"check", kExample}); }
BENCHMARK(BM_CheckExample)->UseManualTime()->Unit(benchmark::kMillisecond);

void BM_CompileExample(benchmark::State& state) {
  const fs::path out = fs::temp_directory_path() / ("bslc-bench-out-" + std::to_string(::getpid()));
  timed(state, {"compile", kExample, "-o", out.string(), "-q"});
  fs::remove_all(out);
}
BENCHMARK(BM_CompileExample)->UseManualTime()->Unit(benchmark::kMillisecond);

void BM_SimulateBatch(benchmark::State& state) {
  const fs::path dir = fs::temp_directory_path() / ("bslc-bench-sim-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::ifstream in(std::string(BSLC_SOURCE_DIR) + "/tests/sim/realistic_bucket.json");
  std::stringstream text;
  text << in.rdbuf();
  const auto c = nlohmann::json::parse(text.str());
  std::ofstream(dir / "policy.json") << c["bucket_policy"].dump();
  std::ofstream(dir / "key.json") << c["kms_key_policy"].dump();
  std::ofstream(dir / "identities.json") << c["identities"].dump();
  std::ofstream(dir / "settings.json") << c["settings"].dump();
  std::vector<std::string> mix;
  for (auto r : c["requests"]) {
    for (const char* k : {"expect", "statements", "reason", "encryption", "note"}) r.erase(k);
    r["id"] = "r" + std::to_string(mix.size());
    mix.push_back(r.dump());
  }
  const int64_t n = 100000;
  {
    std::ofstream req(dir / "requests.jsonl");
    for (int64_t i = 0; i < n; ++i) req << mix[i % mix.size()] << "\n";
  }
  auto p = [&](const char* f) { return (dir / f).string(); };
  timed(state,
        {"simulate", "--policy", p("policy.json"), "--identity", p("identities.json"), "--kms-key-policy",
         p("key.json"), "--settings", p("settings.json"), "--resource-account",
         c["resource_account"].get<std::string>(), "--requests", p("requests.jsonl"), "--format", "jsonl"},
        n);
  fs::remove_all(dir);
}
BENCHMARK(BM_SimulateBatch)->UseManualTime()->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
