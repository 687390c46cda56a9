// The hot path contract: once a Workspace and Result have warmed up,
// evaluating a request performs no heap allocation (evaluator.h). Counted by
// replacing the global operator new for this test binary; counting is on only
// inside the measured loop.
#include <gtest/gtest.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <new>
#include <nlohmann/json.hpp>
#include <sstream>

#include "policy/json_value.h"
#include "sim/batch.h"
#include "sim/bucket.h"
#include "sim/inputs_json.h"

// new/delete below are a malloc/free pair; GCC cannot see that.
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"

namespace {
std::atomic<bool> counting{false};
std::atomic<size_t> allocations{0};
}  // namespace

void* operator new(std::size_t size) {
  if (counting.load(std::memory_order_relaxed)) allocations.fetch_add(1, std::memory_order_relaxed);
  if (void* p = std::malloc(size ? size : 1)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t size) { return ::operator new(size); }
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }

namespace bslc::sim {
namespace {

TEST(NoAllocation, RealisticMixAfterWarmUp) {
  std::ifstream in(std::string(BSLC_SOURCE_DIR) + "/tests/sim/realistic_bucket.json");
  std::stringstream text;
  text << in.rdbuf();
  const auto c = nlohmann::json::parse(text.str());
  BucketConfig config;
  config.bucket_policy = policy::read_json_value(c["bucket_policy"]).document;
  config.kms_key_policy = policy::read_json_value(c["kms_key_policy"]).document;
  config.identities = read_identities_value(c["identities"]).identities;
  config.settings = read_bucket_settings_value(c["settings"]).settings;
  config.resource_account = c["resource_account"].get<std::string>();
  std::vector<Request> requests;
  for (auto r : c["requests"]) {
    for (const char* k : {"expect", "statements", "reason", "encryption", "note"}) r.erase(k);
    requests.push_back(parse_request_line(r.dump()).line->request);
  }
  const auto sim = BucketSimulator::create(config).simulator;
  Workspace ws;
  Result out;
  for (const auto& r : requests) sim.evaluate(r, ws, out);  // warm up buffers

  size_t allowed = 0;
  allocations = 0;
  counting = true;
  for (int round = 0; round < 10; ++round) {
    for (const auto& r : requests) {
      sim.evaluate(r, ws, out);
      allowed += out.allowed();
    }
  }
  counting = false;
  EXPECT_EQ(allocations.load(), 0u);
  EXPECT_GT(allowed, 0u);

  // The trace, by contrast, is allowed to allocate: it is built only on request.
  counting = true;
  sim.evaluate(requests[0], ws, out, {.trace = true});
  counting = false;
  EXPECT_GT(allocations.load(), 0u);
}

}  // namespace
}  // namespace bslc::sim
