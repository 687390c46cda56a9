#include "unit/golden/expectations.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace bslc::testing {
namespace fs = std::filesystem;
namespace {

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

void write(const fs::path& p, const std::string& bytes) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary | std::ios::trunc) << bytes;
}

}  // namespace

bool update_mode() {
  const char* v = std::getenv("BSLC_UPDATE_GOLDEN");
  return v != nullptr && std::string(v) != "" && std::string(v) != "0";
}

std::map<std::string, std::string> read_tree(const fs::path& dir) {
  std::map<std::string, std::string> files;
  if (!fs::is_directory(dir)) return files;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) files[fs::relative(e.path(), dir).generic_string()] = slurp(e.path());
  return files;
}

void expect_file(const fs::path& expected, const std::string& actual) {
  if (update_mode()) {
    if (!fs::exists(expected) || slurp(expected) != actual) write(expected, actual);
    return;
  }
  if (!fs::exists(expected)) {
    ADD_FAILURE() << "missing expectation " << expected.generic_string()
                  << "\n(run tests/golden/update.sh and review the diff)\nactual:\n"
                  << actual;
    return;
  }
  EXPECT_EQ(slurp(expected), actual) << "in " << expected.generic_string()
                                     << " (after reviewing, refresh with tests/golden/update.sh)";
}

void expect_tree(const fs::path& expected, const fs::path& actual) {
  const auto want = read_tree(expected);
  const auto got = read_tree(actual);
  if (update_mode()) {
    for (const auto& [path, bytes] : want)
      if (!got.count(path)) fs::remove(expected / path);
    for (const auto& [path, bytes] : got) {
      auto it = want.find(path);
      if (it == want.end() || it->second != bytes) write(expected / path, bytes);
    }
    // Drop folders left empty by removed files.
    for (bool removed = fs::is_directory(expected); removed;) {
      removed = false;
      for (const auto& e : fs::recursive_directory_iterator(expected))
        if (e.is_directory() && fs::is_empty(e.path())) {
          fs::remove(e.path());
          removed = true;
          break;
        }
    }
    return;
  }
  for (const auto& [path, bytes] : got) {
    auto it = want.find(path);
    if (it == want.end()) {
      ADD_FAILURE() << "new output file " << path << " is not in " << expected.generic_string();
    } else {
      EXPECT_EQ(it->second, bytes) << "in " << (expected / path).generic_string();
    }
  }
  for (const auto& [path, bytes] : want)
    if (!got.count(path)) ADD_FAILURE() << (expected / path).generic_string() << " is no longer produced";
}

}  // namespace bslc::testing
