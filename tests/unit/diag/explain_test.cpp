// Every code has an explanation; docs/diagnostics.md is generated from them.
// BSLC_UPDATE_GOLDEN=1 rewrites the document instead of comparing it.
#include "diag/explain.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

namespace bslc::diag {
namespace {

const std::string kDocPath = std::string(BSLC_SOURCE_DIR) + "/docs/diagnostics.md";

TEST(Explain, EveryCodeHasAnExplanation) {
  for (const CodeInfo& ci : all_codes()) {
    const auto e = explanation(ci.code);
    ASSERT_TRUE(e.has_value()) << ci.id << " (" << ci.title
                               << ") has no explanation: add one to compiler/diag/explain.cpp";
    EXPECT_GT(e->why.size(), 60u) << ci.id << ": say why it matters";
    EXPECT_FALSE(e->bad.empty()) << ci.id << ": no example that triggers it";
    EXPECT_FALSE(e->good.empty()) << ci.id << ": no fixed example";
    EXPECT_NE(e->bad, e->good) << ci.id;
    EXPECT_TRUE(e->language == "bsl" || e->language == "json" || e->language == "sh" || e->language == "yaml")
        << ci.id;
  }
}

TEST(Explain, AtLeastThirtyCodesAreDocumented) { EXPECT_GE(all_codes().size(), 30u); }

TEST(Explain, RenderedTextHasEverySection) {
  const std::string text = render_explanation(Code::E0401);
  EXPECT_EQ(text.rfind("E0401: SSE-C without TLS-only (error)\n", 0), 0u) << text;
  EXPECT_NE(text.find("Why it matters:\n  "), std::string::npos);
  EXPECT_NE(text.find("Example that triggers it:\n    bucket uploads {"), std::string::npos) << text;
  EXPECT_NE(text.find("Fixed:\n"), std::string::npos);
  for (size_t start = 0, end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
    if (text.compare(start, 2, "  ") == 0 && text.compare(start, 4, "    ") != 0) {
      EXPECT_LE(end - start, 80u) << "wrapped lines fit 80 columns";
    }
  }
}

TEST(Explain, MarkdownIndexesEveryCode) {
  const std::string md = render_markdown();
  for (const CodeInfo& ci : all_codes()) {
    EXPECT_NE(md.find("## " + std::string(ci.id) + ": "), std::string::npos) << ci.id;
    EXPECT_NE(md.find("| [" + std::string(ci.id) + "]"), std::string::npos) << ci.id;
  }
}

TEST(Explain, DocsDiagnosticsMdIsCurrent) {
  const std::string expected = render_markdown();
  if (const char* update = std::getenv("BSLC_UPDATE_GOLDEN"); update && std::string(update) == "1") {
    std::ofstream(kDocPath, std::ios::binary) << expected;
    GTEST_SKIP() << "rewrote " << kDocPath;
  }
  std::ifstream in(kDocPath, std::ios::binary);
  ASSERT_TRUE(in) << kDocPath << " is missing; run the diag tests with BSLC_UPDATE_GOLDEN=1";
  std::stringstream actual;
  actual << in.rdbuf();
  EXPECT_TRUE(actual.str() == expected)
      << kDocPath << " is out of date; run the diag tests with BSLC_UPDATE_GOLDEN=1 and review the diff";
}

}  // namespace
}  // namespace bslc::diag
