// Malformed input never crashes or hangs any subcommand: it ends with exit
// code 1 and a located, coded diagnostic (issue: front end "Done when").
#include <gtest/gtest.h>

#include <chrono>
#include <random>
#include <regex>

#include "unit/cli/fixtures.h"
#include "unit/cli/run_bslc.h"

namespace bslc::testing {
namespace {

struct Malformed {
  const char* name;
  std::string bytes;
};

std::vector<Malformed> inputs() {
  std::mt19937 rng(20261123);  // fixed seed: the same "random" bytes every run
  std::string noise(4096, '\0');
  for (char& c : noise) c = static_cast<char>(rng() & 0xff);
  std::string big;
  while (big.size() <= 11 * 1024 * 1024) big += "// padding line\n";
  return {
      {"random-bytes", noise},
      {"nul-byte", std::string("bucket a {\0}", 12)},
      {"invalid-utf8", "bucket \xff\xfe {}"},
      {"truncated", "bucket a {\n  name \"acme-x\"\n  grant"},
      {"unbalanced", "bucket a { name \"acme-x\" }}}"},
      {"unknown-keyword", "bucket a {\n  frobnicate on\n}\n"},
      {"unterminated-string", "bucket a { name \"abc"},
      {"unterminated-comment", "/* never closed\nbucket a {}"},
      {"deep-nesting", "bucket a { cors { " + std::string(10000, '[') + std::string(10000, ']') + " } }"},
      {"over-10-mb", big},
  };
}

TEST(CliMalformed, EverySubcommandEndsWithExitOneAndALocatedCode) {
  TempDir tmp;
  const std::regex located(R"([^\s:]+\.bsl:\d+:\d+: error\[E\d{4}\])");
  for (const auto& m : inputs()) {
    const std::string file = std::string(m.name) + ".bsl";
    write_file(tmp.path() / file, m.bytes);
    for (const std::vector<std::string>& args : {std::vector<std::string>{"check", file},
                                                 {"dump-ast", file},
                                                 {"test", file},
                                                 {"compile", file, "-o", "out", "-q"}}) {
      const auto start = std::chrono::steady_clock::now();
      const RunResult r = run_bslc(args, tmp.path());
      const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      EXPECT_EQ(r.exit_code, 1) << args[0] << " " << file << "\n" << r.err.substr(0, 2000);
      EXPECT_TRUE(std::regex_search(r.err, located)) << args[0] << " " << file << "\n" << r.err.substr(0, 2000);
      EXPECT_LT(seconds, 10.0) << args[0] << " " << file;
    }
    EXPECT_FALSE(std::filesystem::exists(tmp.path() / "out")) << m.name;
  }
}

}  // namespace
}  // namespace bslc::testing
