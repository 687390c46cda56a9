// Where a subcommand writes: program output to `out`, diagnostics and
// progress to `err`. Commands never touch std::cout/std::cerr directly, so
// tests can capture both.
#pragma once
#include <ostream>

namespace bslc::driver {

struct Streams {
  std::ostream& out;
  std::ostream& err;
};

}  // namespace bslc::driver
