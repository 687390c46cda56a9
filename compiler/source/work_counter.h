// A count of elementary lookup steps (keys compared, entries probed) in the
// pipeline's indexes, so that a test can assert that the work of a compile
// grows linearly with the number of buckets: counted, never timed. Each
// thread counts its own work; counting costs one add.
#pragma once
#include <cstdint>

namespace bslc::work {

inline thread_local uint64_t probes = 0;

inline void count(uint64_t n = 1) { probes += n; }

}  // namespace bslc::work
