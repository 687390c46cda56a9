// Organization scale: the work of a whole compile (parse, check, lower, lint,
// emit both targets, plan and write the output folder) grows linearly with
// the number of buckets. Work is counted, not timed: heap allocations (every
// string or node built) and index probes (source/work_counter.h: keys
// compared in the emitters' maps, ARN lookups, acknowledgement matching).
// A lookup that scans all buckets per bucket makes 2,000 buckets cost ~100x
// what 200 cost instead of ~10x.
#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <iostream>
#include <new>

#include "driver/atomic_writer.h"
#include "driver/manifest.h"
#include "driver/pipeline.h"
#include "source/work_counter.h"
#include "support/org_specs.h"
#include "unit/driver/temp_dir.h"

namespace {
std::atomic<uint64_t> g_allocations{0};

void* counted(std::size_t n) {
  g_allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(n ? n : 1)) return p;
  return nullptr;
}
}  // namespace

// Every non-aligned form, so that new and delete always pair (ASan checks it).
void* operator new(std::size_t n) {
  if (void* p = counted(n)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t n) {
  if (void* p = counted(n)) return p;
  throw std::bad_alloc();
}
void* operator new(std::size_t n, const std::nothrow_t&) noexcept { return counted(n); }
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept { return counted(n); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }

namespace bslc {
namespace {

struct Work {
  uint64_t allocations = 0;
  uint64_t probes = 0;
  size_t files = 0;
};

Work compile_org(size_t buckets) {
  testing::TempDir tmp;
  testing::write_file(tmp.path() / "org.bsl", testing::org_spec(buckets));
  const uint64_t alloc_before = g_allocations.load();
  const uint64_t probes_before = work::probes;
  driver::PipelineResult result = driver::run_pipeline({(tmp.path() / "org.bsl").string()});
  for (const auto& d : result.diagnostics)
    EXPECT_NE(d.severity, diag::Severity::Error) << diag::info(d.code).id << ": " << d.message;
  EXPECT_TRUE(result.tree);
  Work w;
  if (!result.tree) return w;
  result.tree->files[driver::kManifestName] = driver::build_manifest(result.tree->files);
  // Into memory-backed storage when there is some: the writer's work is
  // counted, and the disk's speed (one syncfs) is not what this test is about.
  std::error_code ec;
  std::filesystem::path out = tmp.path() / "out";
  std::string shm = "/dev/shm/bslc-scale-XXXXXX";
  if (std::filesystem::is_directory("/dev/shm", ec) && ::mkdtemp(shm.data())) out = shm;
  const auto outcome = driver::write_tree(out, result.tree->files, {});
  if (out != tmp.path() / "out") std::filesystem::remove_all(out, ec);
  EXPECT_TRUE(outcome.ok) << outcome.error;
  w.allocations = g_allocations.load() - alloc_before;
  w.probes = work::probes - probes_before;
  w.files = result.tree->files.size();
  return w;
}

TEST(LinearGrowth, TenTimesTheBucketsIsAtMostTenTimesTheWork) {
  const Work small = compile_org(200);
  const Work large = compile_org(2000);
  ASSERT_GT(small.files, 200u * 3);
  ASSERT_GT(large.files, 2000u * 3);
  const double alloc_ratio = double(large.allocations) / double(small.allocations);
  const double probe_ratio = double(large.probes) / double(small.probes);
  std::cout << "allocations x" << alloc_ratio << ", probes x" << probe_ratio << " for 10x the buckets\n";
  // Fixed costs (the stdlib, the log bucket, the template's header) keep a
  // linear pipeline a little under 10; a scan per bucket lands near 100.
  EXPECT_LE(alloc_ratio, 10.5) << small.allocations << " -> " << large.allocations;
  EXPECT_LE(probe_ratio, 10.5) << small.probes << " -> " << large.probes;
  // And both counters do count per-bucket work.
  EXPECT_GE(alloc_ratio, 8.0);
  EXPECT_GE(probe_ratio, 8.0);
}

}  // namespace
}  // namespace bslc
