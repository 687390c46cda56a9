// bslc explain CODE: what a diagnostic means, why it matters, how to fix it.
#include "diag/diagnostic.h"
#include "diag/explain.h"
#include "driver/commands.h"
#include "driver/exit_codes.h"
#include "driver/guard.h"

namespace bslc::driver {

int run_explain(const std::string& code, Streams streams) {
  return guarded(streams, [&] {
    const auto parsed = diag::parse_code(code);
    if (!parsed) {
      streams.err << "bslc: error: unknown diagnostic code `" << code
                  << "`\nhelp: codes look like E0101 or W0201; `bslc check` prints them in brackets\n";
      return kExitUsage;
    }
    streams.out << diag::render_explanation(*parsed);
    return kExitOk;
  });
}

}  // namespace bslc::driver
