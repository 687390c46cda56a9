// Runs independent jobs (one per input file of check, test or verify) on up
// to N threads and hands back their results in input order, so the output
// of a parallel run is byte-identical to a serial one. Each job must touch
// only its own data (the pipeline keeps per-run state in its own objects;
// parsing takes turns inside compiler/syntax).
#pragma once
#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <optional>
#include <thread>
#include <vector>

namespace bslc::driver {

// The default for -j: the machine's cores (at least 1).
inline unsigned default_jobs() { return std::max(1u, std::thread::hardware_concurrency()); }

// results[i] = job(i) for i in [0, count); the first exception a job throws
// is rethrown here once every thread has stopped.
template <typename Result>
std::vector<Result> run_parallel(size_t count, unsigned jobs, const std::function<Result(size_t)>& job) {
  std::vector<std::optional<Result>> slots(count);
  std::atomic<size_t> next{0};
  std::exception_ptr failure;
  std::atomic<bool> failed{false};
  auto worker = [&] {
    for (size_t i; !failed && (i = next.fetch_add(1)) < count;) {
      try {
        slots[i].emplace(job(i));
      } catch (...) {
        if (!failed.exchange(true)) failure = std::current_exception();
      }
    }
  };
  const unsigned threads = static_cast<unsigned>(std::min<size_t>(std::max(1u, jobs), count));
  if (threads <= 1) {
    worker();
  } else {
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) pool.emplace_back(worker);
    for (auto& t : pool) t.join();
  }
  if (failure) std::rethrow_exception(failure);
  std::vector<Result> results;
  results.reserve(count);
  for (auto& s : slots) results.push_back(std::move(*s));
  return results;
}

}  // namespace bslc::driver
