// Locations in outputs are relative to the root spec's folder, never absolute.
#include "driver/source_paths.h"

#include <gtest/gtest.h>

namespace bslc::driver {
namespace {

namespace fs = std::filesystem;

TEST(SourcePaths, RelativeToTheRootSpecFolder) {
  EXPECT_EQ(relative_source_name("examples/phi/spec.bsl", "examples/phi"), "spec.bsl");
  EXPECT_EQ(relative_source_name("examples/phi/lib/common.bsl", "examples/phi"), "lib/common.bsl");
  EXPECT_EQ(relative_source_name("examples/shared.bsl", "examples/phi"), "../shared.bsl");
  EXPECT_EQ(relative_source_name("spec.bsl", ""), "spec.bsl");
  EXPECT_EQ(relative_source_name("./a/../spec.bsl", "."), "spec.bsl");
}

TEST(SourcePaths, AbsoluteNamesBecomeRelative) {
  const fs::path cwd = fs::current_path();
  EXPECT_EQ(relative_source_name((cwd / "x/spec.bsl").string(), "x"), "spec.bsl");
  EXPECT_EQ(relative_source_name((cwd / "x/spec.bsl").string(), cwd / "x/"), "spec.bsl");
}

TEST(SourcePaths, StdlibKeepsItsName) {
  EXPECT_EQ(relative_source_name("<stdlib>/hipaa.bsl", "examples/phi"), "<stdlib>/hipaa.bsl");
}

TEST(SourcePaths, TraceLocationIsFileColonLine) {
  const auto src = std::make_shared<const Source>("dir/spec.bsl", "line one\nline two\n");
  EXPECT_EQ(trace_location(Location{src, Span{9, 13}}, "dir"), "spec.bsl:2");
  EXPECT_EQ(trace_location(Location{}, "dir"), "");
}

}  // namespace
}  // namespace bslc::driver
