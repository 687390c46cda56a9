// docs/diagnostics.md is generated from compiler/diag/explain.cpp; its BSL
// examples are checked here with the real binary: the example that triggers
// a code reports it, and the fixed example does not. Examples that are
// fragments (a setting without its bucket, a command line) are listed below
// with the reason; the list may only shrink.
#include <gtest/gtest.h>

#include <set>

#include "diag/explain.h"
#include "unit/cli/fixtures.h"
#include "unit/cli/run_bslc.h"

namespace bslc::testing {
namespace {

namespace fs = std::filesystem;

// Codes whose examples cannot be checked as they are written.
const std::set<std::string> kNotCheckable = {
    "E0108", "E0113",                    // need a file over 2 MB, or one that cannot be read
    "E0106", "E0107",                    // the bytes (invalid UTF-8, NUL) cannot be written in the document's text
    "E0110",                             // needs more errors than an example shows
    "E0203", "E0204",                    // span several files
    "W0505",                             // the fix is two specs, shown as one block
    "E0501", "E0502", "E0503", "E0504",  // elide the hundreds of statements that exceed the limit
    "W0414",                             // not expressible in BSL today (see tests/unit/diag/golden_coverage_test.cpp)
    "W0501",                             // retired: reported as W0410
    "W0707",  // its BSL trigger (a deny on the bucket-policy actions for everyone) stops at E0416 first
};

TEST(CliExplainExamples, BadReportsTheCodeAndGoodDoesNot) {
  size_t checked = 0;
  std::vector<std::string> failures;
  for (const diag::CodeInfo& ci : diag::all_codes()) {
    const std::string id(ci.id);
    const auto e = diag::explanation(ci.code);
    if (!e || e->language != "bsl" || kNotCheckable.count(id)) continue;
    // What a target cannot express is reported by `compile`, the rest by `check`.
    const bool compile = id.starts_with("W05") || id.starts_with("E05");
    auto run = [&](std::string_view text) {
      TempDir tmp;
      write_file(tmp.path() / "example.bsl", std::string(text));
      std::vector<std::string> args = {compile ? "compile" : "check", "example.bsl"};
      if (compile) args.insert(args.end(), {"-o", "out"});
      return run_bslc(args, tmp.path()).err;
    };
    ++checked;
    const std::string marker = "[" + id + "]";
    const std::string bad = run(e->bad);
    if (bad.find(marker) == std::string::npos) failures.push_back(id + ": the example does not report it:\n" + bad);
    const std::string good = run(e->good);
    if (good.find(marker) != std::string::npos)
      failures.push_back(id + ": the fixed example still reports it:\n" + good);
  }
  std::string all;
  for (const auto& f : failures) all += f + "\n";
  EXPECT_TRUE(failures.empty()) << failures.size() << " of " << checked << " codes:\n" << all;
  EXPECT_GE(checked, 50u);
}

}  // namespace
}  // namespace bslc::testing
