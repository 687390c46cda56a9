// Process exit codes shared by every subcommand. Scripts and CI depend on
// them: they are part of the CLI contract documented in README.md.
#pragma once

namespace bslc::driver {

inline constexpr int kExitOk = 0;        // clean: no errors (warnings allowed unless --werror)
inline constexpr int kExitFindings = 1;  // the user's input has errors, a test failed, a request was bad
inline constexpr int kExitUsage = 2;     // the command line itself is wrong
inline constexpr int kExitInternal = 3;  // a bug in bslc: an exception reached the driver

}  // namespace bslc::driver
