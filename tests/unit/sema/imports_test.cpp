#include "sema_fixture.h"

namespace bslc::testing {
namespace {

TEST_F(SemaTest, RelativeImportBringsConstantsIntoScope) {
  write("common/accounts.bsl", "account partner = \"444455556666\"\n");
  auto a = analyze("import \"./common/accounts.bsl\"\nbucket data { grant partner read }\n");
  EXPECT_TRUE(codes().empty()) << ::testing::PrintToString(codes());
  ASSERT_EQ(a.model.buckets.size(), 1u);
  ASSERT_EQ(a.model.buckets[0].grants.size(), 1u);
  EXPECT_EQ(a.model.buckets[0].grants[0].grantee.account, "444455556666");
  EXPECT_EQ(a.model.buckets[0].grants[0].grantee.kind, ir::PrincipalKind::Account);
}

TEST_F(SemaTest, ImportsResolveRelativeToTheImportingFile) {
  write("lib/a.bsl", "import \"./b.bsl\"\n");
  write("lib/b.bsl", "account x = \"111122223333\"\n");
  analyze("import \"./lib/a.bsl\"\nbucket data { account x }\n");
  EXPECT_TRUE(codes().empty()) << ::testing::PrintToString(codes());
}

TEST_F(SemaTest, StdlibImportByBareName) {
  auto a = analyze("import \"hipaa\"\nbucket records { use hipaa }\n");
  EXPECT_TRUE(codes().empty()) << ::testing::PrintToString(codes());
  const auto& b = a.model.buckets.at(0);
  EXPECT_EQ(b.encryption.mode, ir::EncryptionMode::SseKms);
  EXPECT_EQ(b.encryption.key, ir::KeyKind::New);
  EXPECT_EQ(b.versioning.state, ir::VersioningState::Enabled);  // from baseline, through hipaa
  EXPECT_EQ(b.encryption.origin.profile, "hipaa");
  EXPECT_EQ(b.encryption.origin.loc.source->name(), "<stdlib>/hipaa.bsl");
  ASSERT_EQ(b.profiles.size(), 2u);
  EXPECT_EQ(b.profiles[0], "hipaa");
  EXPECT_EQ(b.profiles[1], "baseline");
}

TEST_F(SemaTest, EveryStdlibProfileResolvesCleanly) {
  for (const char* name :
       {"baseline", "hipaa", "pci_dss", "log_destination", "cloudfront_origin", "vpc_only", "worm_archive"}) {
    analyze(std::string("import \"") + name + "\"\nbucket b { use " + name + " }\n");
    EXPECT_TRUE(codes().empty()) << name << ": " << ::testing::PrintToString(codes());
  }
}

TEST_F(SemaTest, MissingImportFileIsE0204AtThePath) {
  analyze("\nimport \"./nope.bsl\"\n");
  const auto* d = first(diag::Code::E0204);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(where(*d), "2:8");
}

TEST_F(SemaTest, UnknownStdlibNameListsTheAvailableOnes) {
  analyze("import \"hipa\"\n");
  const auto* d = first(diag::Code::E0204);
  ASSERT_NE(d, nullptr);
  EXPECT_NE(d->help.find("`hipaa`"), std::string::npos) << d->help;
}

TEST_F(SemaTest, ImportCycleIsE0203) {
  write("a.bsl", "import \"./b.bsl\"\n");
  write("b.bsl", "import \"./a.bsl\"\n");
  analyze("import \"./a.bsl\"\n");
  const auto* d = first(diag::Code::E0203);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->loc.source->name().substr(d->loc.source->name().size() - 5), "b.bsl");
  ASSERT_FALSE(d->notes.empty());
  EXPECT_NE(d->notes[0].message.find("a.bsl -> b.bsl -> a.bsl"), std::string::npos) << d->notes[0].message;
}

TEST_F(SemaTest, SelfImportIsACycle) {
  analyze("import \"./main.bsl\"\n");
  EXPECT_NE(first(diag::Code::E0203), nullptr);
}

TEST_F(SemaTest, DiamondImportIsNotACycleAndDeclaresOnce) {
  write("shared.bsl", "account x = \"111122223333\"\n");
  write("a.bsl", "import \"./shared.bsl\"\n");
  write("b.bsl", "import \"./shared.bsl\"\n");
  analyze("import \"./a.bsl\"\nimport \"./b.bsl\"\nbucket d { account x }\n");
  EXPECT_TRUE(codes().empty()) << ::testing::PrintToString(codes());
}

TEST_F(SemaTest, UnreadableRootIsE0113) {
  analyze_files({(dir_ / "missing.bsl").string()});
  EXPECT_NE(first(diag::Code::E0113), nullptr);
}

}  // namespace
}  // namespace bslc::testing
