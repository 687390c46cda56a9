// The canonical layout (syntax/format.h): what it does to a messy spec, and on
// every BSL file in the repository that parses: formatting twice changes
// nothing more, and the syntax tree (locations aside) is the one the file had.
// The examples, the stdlib and the starter templates are formatted already.
#include "syntax/format.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "ast/dump.h"
#include "diag/diagnostic.h"
#include "syntax/parse.h"

namespace bslc::syntax {
namespace {

namespace fs = std::filesystem;

TEST(Format, IndentsSpacesAlignsAndKeepsComments) {
  const std::string messy =
      "\xEF\xBB\xBF// header\r\n"
      "account   owner = \"111122223333\"\r\n"
      "role admin=\"arn:aws:iam::111122223333:role/Admin\"\n"
      "\n\n\n"
      "bucket records{\n"
      "\n"
      "      name \"acme-records\"   // the S3 name\n"
      "  account owner\n"
      "region \"us-east-1\"\n"
      "  require tag Classification in [ \"PHI\" , \"Public\" ] on upload\n"
      "  encryption sse_kms {key new}\n"
      "  cors {\n"
      "origins [\n"
      "\"https://a.example\",\n"
      "\"https://b.example\"\n"
      "]\n"
      "}\n"
      "\n"
      "}\n"
      "\n";
  const std::string expected =
      "// header\n"
      "account owner = \"111122223333\"\n"
      "role    admin = \"arn:aws:iam::111122223333:role/Admin\"\n"
      "\n"
      "bucket records {\n"
      "  name    \"acme-records\" // the S3 name\n"
      "  account owner\n"
      "  region  \"us-east-1\"\n"
      "  require tag Classification in [\"PHI\", \"Public\"] on upload\n"
      "  encryption sse_kms { key new }\n"
      "  cors {\n"
      "    origins [\n"
      "      \"https://a.example\",\n"
      "      \"https://b.example\"\n"
      "    ]\n"
      "  }\n"
      "}\n";
  EXPECT_EQ(format_bsl(messy), expected);
  EXPECT_EQ(format_bsl(expected), expected);
  EXPECT_EQ(format_bsl(""), "");
}

TEST(Format, ContinuationLinesIndentOneLevelMore) {
  const std::string text =
      "property \"p\" {\n"
      "  never allow s3:GetObject on records\n"
      "where aws:SecureTransport = false\n"
      "            and s3:TlsVersion >= 1.2\n"
      "}\n";
  EXPECT_EQ(format_bsl(text),
            "property \"p\" {\n"
            "  never allow s3:GetObject on records\n"
            "    where aws:SecureTransport = false\n"
            "    and s3:TlsVersion >= 1.2\n"
            "}\n");
}

TEST(Format, BlockCommentsKeepTheirText) {
  const std::string text = "/* one\n   two */\nbucket b {\n    /* inside */ name \"acme-b\"\n}\n";
  EXPECT_EQ(format_bsl(text), "/* one\n   two */\nbucket b {\n  /* inside */ name \"acme-b\"\n}\n");
}

// The tree without locations: what the file means.
std::string meaning(const std::string& name, const std::string& text, bool& parsed) {
  diag::DiagnosticSink sink;
  const auto source = std::make_shared<Source>(name, text);
  const ast::File file = parse(source, sink);
  parsed = !sink.has_errors();
  static const std::regex location(R"( @\d+:\d+-\d+:\d+)");
  return std::regex_replace(ast::dump(file), location, "");
}

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(Format, EveryRepositorySpecIsStableAndKeepsItsMeaning) {
  const fs::path root = BSLC_SOURCE_DIR;
  size_t checked = 0;
  std::vector<std::string> unformatted;
  for (const char* dir : {"examples", "stdlib", "templates", "tests", "docs"}) {
    for (const auto& entry : fs::recursive_directory_iterator(root / dir)) {
      if (!entry.is_regular_file() || entry.path().extension() != ".bsl") continue;
      const std::string name = fs::relative(entry.path(), root).string();
      const std::string text = read(entry.path());
      bool parsed = false;
      const std::string before = meaning(name, text, parsed);
      if (!parsed) continue;  // malformed on purpose (golden error cases)
      const std::string once = format_bsl(text);
      EXPECT_EQ(format_bsl(once), once) << name << ": formatting twice changes it again";
      bool reparsed = false;
      EXPECT_EQ(meaning(name, once, reparsed), before) << name << ": formatting changed the tree";
      EXPECT_TRUE(reparsed) << name;
      const std::string_view top = std::string_view(name).substr(0, name.find('/'));
      if ((top == "examples" || top == "stdlib" || top == "templates") && once != text) unformatted.push_back(name);
      ++checked;
    }
  }
  EXPECT_GT(checked, 100u);
  EXPECT_TRUE(unformatted.empty()) << "run `bslc fmt` on: " << ::testing::PrintToString(unformatted);
}

}  // namespace
}  // namespace bslc::syntax
