// Internal faults become `internal error` and exit code 3, whatever was thrown.
#include "driver/guard.h"

#include <gtest/gtest.h>

#include <sstream>
#include <stdexcept>

#include "driver/exit_codes.h"

namespace bslc::driver {
namespace {

TEST(Guard, PassesTheBodysExitCodeThrough) {
  std::ostringstream out, err;
  EXPECT_EQ(guarded(Streams{out, err}, [] { return kExitFindings; }), kExitFindings);
  EXPECT_EQ(err.str(), "");
}

TEST(Guard, ExceptionsBecomeInternalErrors) {
  std::ostringstream out, err;
  EXPECT_EQ(guarded(Streams{out, err}, []() -> int { throw std::runtime_error("boom"); }), kExitInternal);
  EXPECT_NE(err.str().find("internal error: boom"), std::string::npos) << err.str();
}

TEST(Guard, CStringsAndUnknownThrowsToo) {
  std::ostringstream out, err;
  EXPECT_EQ(guarded(Streams{out, err}, []() -> int { throw "antlr says no"; }), kExitInternal);
  EXPECT_NE(err.str().find("internal error: antlr says no"), std::string::npos);
  EXPECT_EQ(guarded(Streams{out, err}, []() -> int { throw 42; }), kExitInternal);
}

}  // namespace
}  // namespace bslc::driver
