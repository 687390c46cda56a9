// Runs a command body and turns any exception escaping it into the
// `internal error` report and exit code 3: user mistakes are diagnostics,
// so an exception here is always a bug in bslc.
#pragma once
#include <functional>

#include "driver/streams.h"

namespace bslc::driver {

int guarded(Streams streams, const std::function<int()>& body);

}  // namespace bslc::driver
