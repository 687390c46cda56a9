// Only compiler/syntax may include ANTLR or the generated parser: every other
// stage sees the AST. Headers in compiler/syntax that pull ANTLR in (directly
// or through another such header) are off limits elsewhere too.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

const fs::path kRoot = BSLC_SOURCE_DIR;

std::vector<std::string> includes_of(const fs::path& file) {
  std::ifstream in(file);
  const std::regex include(R"(^\s*#\s*include\s*[<"]([^>"]+)[>"])");
  std::vector<std::string> out;
  std::string line;
  std::smatch m;
  while (std::getline(in, line))
    if (std::regex_search(line, m, include)) out.push_back(m[1]);
  return out;
}

bool is_antlr(const std::string& include) {
  return include.find("antlr4-runtime") != std::string::npos || include.rfind("bslcgen/", 0) == 0 ||
         include.find("BslParser.h") != std::string::npos || include.find("BslLexer.h") != std::string::npos;
}

bool is_source(const fs::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".h" || ext == ".hpp" || ext == ".cpp" || ext == ".cc" || ext == ".inc" || ext == ".def";
}

// "syntax/parse.h" and the like: syntax headers that bring ANTLR in with them.
std::set<std::string> syntax_headers_with_antlr() {
  std::map<std::string, std::vector<std::string>> headers;
  for (const auto& entry : fs::directory_iterator(kRoot / "compiler" / "syntax"))
    if (entry.path().extension() == ".h")
      headers["syntax/" + entry.path().filename().string()] = includes_of(entry.path());
  std::set<std::string> tainted;
  for (bool grew = true; grew;) {
    grew = false;
    for (const auto& [name, includes] : headers) {
      if (tainted.count(name)) continue;
      for (const std::string& inc : includes)
        if (is_antlr(inc) || tainted.count(inc)) {
          tainted.insert(name);
          grew = true;
          break;
        }
    }
  }
  return tainted;
}

TEST(AntlrIsolation, OnlyTheSyntaxModuleIncludesAntlr) {
  const std::set<std::string> tainted = syntax_headers_with_antlr();
  EXPECT_TRUE(tainted.count("syntax/generated.h"));
  EXPECT_FALSE(tainted.count("syntax/parse.h")) << "the public entry point must not expose ANTLR";
  size_t scanned = 0;
  for (const fs::path& dir : {kRoot / "compiler", kRoot / "tests"}) {
    for (auto it = fs::recursive_directory_iterator(dir); it != fs::recursive_directory_iterator(); ++it) {
      const fs::path& p = it->path();
      if (it->is_directory() && p == kRoot / "compiler" / "syntax") {
        it.disable_recursion_pending();
        continue;
      }
      if (!it->is_regular_file() || !is_source(p) || p.filename() == "antlr_isolation_test.cpp") continue;
      ++scanned;
      for (const std::string& inc : includes_of(p)) {
        EXPECT_FALSE(is_antlr(inc)) << p << " includes " << inc;
        EXPECT_FALSE(tainted.count(inc)) << p << " includes " << inc << ", which brings in ANTLR";
      }
    }
  }
  EXPECT_GT(scanned, 10u);
}

}  // namespace
