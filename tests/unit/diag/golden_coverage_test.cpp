// Every diagnostic code needs a golden case under tests/golden/: a file whose
// name or content (other than Markdown) names the code, such as a spec that
// triggers it or an expected output that prints it. Codes still waiting for
// one are listed below; the list may only shrink.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "diag/diagnostic.h"

namespace bslc::diag {
namespace {

namespace fs = std::filesystem;

// Codes without a golden case yet, and why. Remove a code when its case lands.
const std::set<std::string> kNoGoldenYet = {
    // input limits the golden runner cannot reach: E0108 needs a spec over 2 MB
    // (tests/unit/syntax covers it); E0113 needs a file that exists but cannot
    // be read (an import of a missing file or a folder is E0204), which git
    // cannot record and the root user never sees
    "E0108", "E0113",
    // not expressible in BSL today: `public_access allow policy` lifts both settings
    "W0414",
    // a vault lock policy is a single statement, far below the 20 KB limit
    "E0504",
    // retired: CloudFormation's missing MFA delete is reported as W0410
    "W0501",
    // a bad baseline file: only `check` reads baselines, while the runner's
    // error cases must also fail `compile` (tests/unit/cli/cli_config_test.cpp covers it)
    "E0802",
    // document lints: need a CLI command that lints a hand-written policy file
    // (W0606 has one: the grant cases of tests/golden/lower acknowledge it)
    "E0601", "E0602", "E0603", "E0604", "W0601", "W0602", "W0603", "W0604", "W0607", "W0608",
    // built-in properties: bslc's own outputs satisfy them (a
    // spec cannot write the statement that breaks one), so they guard
    // hand-edited and imported documents; tests/unit/golden/verify_outputs_test.cpp
    // refutes them on mutated outputs, and W0707's BSL trigger is E0416 first
    "W0701", "W0702", "W0703", "W0704", "W0705", "W0706", "W0707", "W0708"};

std::string upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}

// Every code named by a file under tests/golden.
std::set<std::string> codes_with_golden_cases() {
  std::set<std::string> wanted;
  for (const CodeInfo& ci : all_codes()) wanted.insert(std::string(ci.id));
  std::set<std::string> found;
  const fs::path root = fs::path(BSLC_SOURCE_DIR) / "tests" / "golden";
  if (!fs::exists(root)) return found;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file() || entry.path().extension() == ".md") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    const std::string haystack = upper(entry.path().filename().string()) + "\n" + text.str();
    for (const auto& code : wanted)
      if (haystack.find(code) != std::string::npos) found.insert(code);
  }
  return found;
}

TEST(GoldenCoverage, EveryCodeHasAGoldenCase) {
  const auto found = codes_with_golden_cases();
  for (const CodeInfo& ci : all_codes()) {
    const std::string id(ci.id);
    if (kNoGoldenYet.count(id)) {
      EXPECT_EQ(found.count(id), 0u) << id << " now has a golden case: remove it from kNoGoldenYet";
    } else {
      EXPECT_EQ(found.count(id), 1u) << id << " (" << ci.title
                                     << ") has no golden case under tests/golden/ (a spec that triggers it)";
    }
  }
}

TEST(GoldenCoverage, WaitingListNamesRealCodes) {
  for (const auto& id : kNoGoldenYet) EXPECT_TRUE(parse_code(id).has_value()) << id;
}

}  // namespace
}  // namespace bslc::diag
