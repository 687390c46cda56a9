// The documentation cannot go stale: every ```bsl block in README.md and
// docs/*.md is checked with the real binary, and every example command in
// `bslc --help` runs from the repository root as shown.
//
// A block's info string says how it is checked:
//   ```bsl                       a whole spec: `bslc check` is clean (exit 0)
//   ```bsl expect=E0301          a whole spec that must report that code
//   ```bsl settings              settings: checked inside a bucket
//   ```bsl decls                 declarations that use the shared names below
//   ```bsl conditions            one condition per line, each checked in a property (about anonymous
//                                callers, whom the shared bucket never lets in, so it is proved)
// The shared names (constants, the `records` and `logs` buckets) are added
// unless the block declares a name itself. docs/diagnostics.md is generated
// from compiler/diag/explain.cpp and checked by its own test.
#include <gtest/gtest.h>

#include <regex>
#include <sstream>

#include "unit/cli/fixtures.h"
#include "unit/cli/run_bslc.h"

namespace bslc::testing {
namespace {

namespace fs = std::filesystem;

struct Block {
  std::string file;
  size_t line = 0;                 // of the opening fence
  std::vector<std::string> words;  // info string after `bsl`
  std::string body;
};

std::vector<Block> bsl_blocks(const fs::path& path) {
  std::vector<Block> out;
  std::istringstream in(read_file(path));
  std::string line;
  size_t number = 0;
  Block* open = nullptr;
  while (std::getline(in, line)) {
    ++number;
    if (open) {
      if (line.rfind("```", 0) == 0) {
        open = nullptr;
      } else {
        open->body += line + "\n";
      }
      continue;
    }
    if (line.rfind("```bsl", 0) != 0) continue;
    if (line.size() > 6 && line[6] != ' ') continue;  // ```bslx is another language
    Block b{path.filename().string(), number, {}, {}};
    std::istringstream words(line.substr(6));
    for (std::string w; words >> w;) b.words.push_back(w);
    out.push_back(std::move(b));
    open = &out.back();
  }
  return out;
}

// Shared names, each added only when the block does not declare it.
const std::vector<std::pair<std::string, std::string>> kShared = {
    {"partner", "account partner = \"444455556666\"\n"},
    {"acme", "org acme = \"o-a1b2c3d4e5\"\n"},
    {"admin", "role admin = \"arn:aws:iam::111122223333:role/SecurityAdmin\"\n"},
    {"clinician", "role clinician = \"arn:aws:iam::111122223333:role/Clinician\"\n"},
    {"legal", "role legal = \"arn:aws:iam::111122223333:role/Legal\"\n"},
    {"office", "cidr office = [\"203.0.113.0/24\"]\n"},
    {"logs", "bucket logs {\n  name \"acme-doc-logs\"\n  account \"111122223333\"\n  use log_destination\n}\n"},
    {"trail_logs",
     "bucket trail_logs {\n  name \"acme-doc-trail-logs\"\n  account \"111122223333\"\n  use log_destination\n}\n"},
    {"records", "bucket records {\n  name \"acme-doc-records\"\n  account \"111122223333\"\n}\n"},
};

// A declaration, not a setting: `account partner = "..."` or `bucket records {`.
bool declares(const std::string& body, const std::string& name) {
  return std::regex_search(
      body, std::regex("(^|\\n)\\s*((account|org|role|user|key|endpoint|vpc|cidr|distribution)\\s+" + name +
                       "\\s*=|(bucket|vault|profile)\\s+" + name + "\\s*\\{)"));
}

std::string shared_prelude(const std::string& body, bool with_records) {
  std::string out = "import \"log_destination\"\nimport \"hipaa\"\n";
  for (const auto& [name, decl] : kShared) {
    if (name == "records" && !with_records) continue;
    if (!declares(body, name)) out += decl;
  }
  return out;
}

// A settings block inside bucket `records`; name/account only when the block leaves them out.
std::string in_bucket(const std::string& body) {
  std::string head = "bucket records {\n";
  if (!std::regex_search(body, std::regex("(^|\\n)\\s*name\\s"))) head += "  name \"acme-doc-records\"\n";
  if (!std::regex_search(body, std::regex("(^|\\n)\\s*account\\s"))) head += "  account \"111122223333\"\n";
  return shared_prelude(body, false) + head + body + "}\n";
}

struct Check {
  std::string spec;
  std::string expect;  // a code, or empty for "clean"
};

std::vector<Check> checks_for(const Block& b) {
  std::string expect;
  std::string mode = "spec";
  for (const auto& w : b.words) {
    if (w.rfind("expect=", 0) == 0)
      expect = w.substr(7);
    else
      mode = w;
  }
  if (mode == "spec") return {{b.body, expect}};
  if (mode == "settings") return {{in_bucket(b.body), expect}};
  if (mode == "decls") return {{shared_prelude(b.body, true) + b.body, expect}};
  if (mode == "conditions") {
    std::vector<Check> out;
    std::istringstream lines(b.body);
    for (std::string line; std::getline(lines, line);) {
      if (line.find_first_not_of(' ') == std::string::npos) continue;
      out.push_back({shared_prelude("", true) + "property \"doc\" {\n  never allow s3:GetObject on records by anonymous where " +
                         line + "\n}\n",
                     expect});
    }
    return out;
  }
  ADD_FAILURE() << b.file << ":" << b.line << ": unknown block kind `" << mode << "`";
  return {};
}

std::vector<fs::path> documents() {
  std::vector<fs::path> out{fs::path(BSLC_SOURCE_DIR) / "README.md"};
  for (const auto& e : fs::directory_iterator(fs::path(BSLC_SOURCE_DIR) / "docs"))
    if (e.path().extension() == ".md" && e.path().filename() != "diagnostics.md") out.push_back(e.path());
  std::sort(out.begin(), out.end());
  return out;
}

TEST(CliDocs, EveryBslBlockChecksAsMarked) {
  size_t checked = 0;
  for (const auto& doc : documents()) {
    for (const Block& b : bsl_blocks(doc)) {
      for (const Check& c : checks_for(b)) {
        TempDir tmp;
        write_file(tmp.path() / "common.bsl", "");  // for `import "./common.bsl"` examples
        write_file(tmp.path() / "doc.bsl", c.spec);
        const RunResult r = run_bslc({"check", "doc.bsl"}, tmp.path());
        ++checked;
        const std::string where = b.file + ":" + std::to_string(b.line);
        if (c.expect.empty()) {
          EXPECT_EQ(r.exit_code, 0) << where << ": the example does not check clean:\n" << c.spec << "\n" << r.err;
        } else {
          EXPECT_NE(r.err.find("[" + c.expect + "]"), std::string::npos) << where << ": expected " << c.expect << ":\n"
                                                                         << c.spec << "\n"
                                                                         << r.err;
        }
      }
    }
  }
  EXPECT_GE(checked, 25u) << "the docs lost their examples?";
}

TEST(CliDocs, AcknowledgedCodesExist) {
  for (const auto& doc : documents()) {
    const std::string text = read_file(doc);
    const std::regex ack("acknowledge ([EW][0-9]{4})");
    for (auto it = std::sregex_iterator(text.begin(), text.end(), ack); it != std::sregex_iterator(); ++it) {
      const RunResult r = run_bslc({"explain", (*it)[1].str()});
      EXPECT_EQ(r.exit_code, 0) << doc.filename() << " acknowledges unknown code " << (*it)[1];
    }
  }
}

// The examples in `bslc --help` run as shown from the repository root (here a
// scratch folder whose `examples` is the repository's, so outputs land there).
TEST(CliDocs, HelpExamplesRun) {
  const RunResult help = run_bslc({"--help"});
  const size_t at = help.out.find("Examples:\n");
  ASSERT_NE(at, std::string::npos) << help.out;
  std::istringstream lines(help.out.substr(at + 10));
  TempDir tmp;
  fs::create_directory_symlink(fs::path(BSLC_SOURCE_DIR) / "examples", tmp.path() / "examples");
  size_t ran = 0;
  for (std::string line; std::getline(lines, line) && line.rfind("  bslc ", 0) == 0;) {
    const std::string command = line.substr(2);
    // The shell expands globs and redirections as a user's would; bslc is the binary under test.
    const std::string script = "cd '" + tmp.path().string() + "' && '" + BSLC_BINARY + "'" + command.substr(4);
    const int rc =
        std::system(("sh -c \"" + std::regex_replace(script, std::regex("\""), "\\\"") + "\" >/dev/null 2>&1").c_str());
    EXPECT_EQ(rc, 0) << "help example fails: " << command;
    ++ran;
  }
  EXPECT_GE(ran, 5u);
}

}  // namespace
}  // namespace bslc::testing
