// docs/language.md must list what the parser accepts: every keyword of the
// lexer grammar and every word of the builder's word tables.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>

#include "syntax/vocabulary.h"

namespace bslc::syntax {
namespace {

std::string read(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

const std::string kDocs = read(std::string(BSLC_SOURCE_DIR) + "/docs/language.md");

bool documented(std::string_view word) { return kDocs.find("`" + std::string(word) + "`") != std::string::npos; }

template <class T>
void expect_documented(const WordTable<T>& table) {
  for (const auto& choice : table.choices)
    EXPECT_TRUE(documented(choice.word)) << table.what << " `" << choice.word << "`";
}

TEST(LanguageDocs, ListsEveryKeyword) {
  ASSERT_FALSE(kDocs.empty());
  const std::string lexer = read(std::string(BSLC_SOURCE_DIR) + "/grammar/BslLexer.g4");
  const std::regex keyword(R"(^[A-Z_]+\s*:\s*'([a-z_]+)'\s*;)", std::regex::multiline);
  size_t count = 0;
  for (auto it = std::sregex_iterator(lexer.begin(), lexer.end(), keyword); it != std::sregex_iterator(); ++it, ++count)
    EXPECT_TRUE(documented((*it)[1].str())) << (*it)[1].str();
  EXPECT_GT(count, 60u);
}

TEST(LanguageDocs, ListsEveryWordTheBuilderAccepts) {
  expect_documented(kEncryptionModes);
  expect_documented(kKeySources);
  expect_documented(kRequireHeader);
  expect_documented(kSwitch);
  expect_documented(kTransportModes);
  expect_documented(kPublicOpenings);
  expect_documented(kOwnershipModes);
  expect_documented(kVersioningStates);
  expect_documented(kLockModes);
  expect_documented(kBypassModes);
  expect_documented(kAuditKinds);
  expect_documented(kAuditScopes);
  expect_documented(kPerimeterKinds);
  expect_documented(kUploadTrigger);
  expect_documented(kGranteeQualifiers);
  expect_documented(kAccessLevels);
  expect_documented(kPresignedModes);
  expect_documented(kMfaTargets);
  expect_documented(kHttpMethods);
  expect_documented(kNotifyEvents);
  expect_documented(kNotifyTargets);
  expect_documented(kRateUnits);
  expect_documented(kVaultLockActions);
  expect_documented(kVaultLockAges);
  expect_documented(kConstKinds);
  expect_documented(kTimeUnits);
  EXPECT_TRUE(documented(kPublicGrantee));
  EXPECT_TRUE(documented(kEveryone));
}

}  // namespace
}  // namespace bslc::syntax
