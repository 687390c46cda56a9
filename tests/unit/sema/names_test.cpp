#include "sema_fixture.h"

namespace bslc::testing {
namespace {

TEST_F(SemaTest, DuplicateDefinitionReportsBothLocations) {
  analyze("account a = \"111122223333\"\nrole a = \"arn:aws:iam::111122223333:role/x\"\n");
  const auto* d = first(diag::Code::E0202);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(where(*d), "2:6");
  ASSERT_EQ(d->notes.size(), 1u);
  EXPECT_EQ(d->notes[0].loc.source->line_col(d->notes[0].loc.span.begin).line, 1u);
}

TEST_F(SemaTest, DuplicateAcrossFiles) {
  write("other.bsl", "bucket data {}\n");
  analyze("import \"./other.bsl\"\nbucket data {}\n");
  EXPECT_NE(first(diag::Code::E0202), nullptr);
}

TEST_F(SemaTest, UnknownNameSuggestsTheClosest) {
  analyze("account partner = \"444455556666\"\nbucket d { grant partnr read }\n");
  const auto* d = first(diag::Code::E0201);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(where(*d), "2:18");
  EXPECT_NE(d->help.find("`partner`"), std::string::npos) << d->help;
}

TEST_F(SemaTest, NameOfTheWrongKindIsE0205) {
  analyze("cidr office = \"203.0.113.0/24\"\nbucket d { grant office read }\n");
  EXPECT_NE(first(diag::Code::E0205), nullptr);
}

TEST_F(SemaTest, UseOfANonProfileIsE0205) {
  analyze("bucket other {}\nbucket d { use other }\n");
  EXPECT_NE(first(diag::Code::E0205), nullptr);
}

TEST_F(SemaTest, LoggingToAnUnknownBucket) {
  analyze("bucket d { logging to nowhere }\n");
  EXPECT_NE(first(diag::Code::E0201), nullptr);
}

TEST_F(SemaTest, LoggingTargetGetsItsPhysicalName) {
  auto a = analyze("bucket d { logging to logs prefix \"d/\" }\nbucket logs { name \"acme-logs\" }\n");
  EXPECT_TRUE(codes().empty()) << ::testing::PrintToString(codes());
  ASSERT_TRUE(a.model.buckets[0].logging.has_value());
  EXPECT_EQ(a.model.buckets[0].logging->target_id, "logs");
  EXPECT_EQ(a.model.buckets[0].logging->target_name, "acme-logs");
  EXPECT_EQ(a.model.buckets[0].logging->prefix, "d/");
}

TEST_F(SemaTest, PerimeterValuesComeFromConstants) {
  auto a = analyze(
      "endpoint e = \"vpce-1a2b3c4d\"\nrole admin = \"arn:aws:iam::111122223333:role/Admin\"\n"
      "bucket d { only_via vpce e except admin }\n");
  EXPECT_TRUE(codes().empty()) << ::testing::PrintToString(codes());
  const auto& p = a.model.buckets[0].perimeters.at(0);
  EXPECT_EQ(p.kind, ir::PerimeterKind::VpcEndpoint);
  EXPECT_EQ(p.values, std::vector<std::string>{"vpce-1a2b3c4d"});
  ASSERT_EQ(p.except.size(), 1u);
  EXPECT_EQ(p.except[0].value, "arn:aws:iam::111122223333:role/Admin");
  EXPECT_EQ(p.except[0].account, "111122223333");
}

TEST_F(SemaTest, TestExpectationsResolveToArns) {
  auto a = analyze(
      "account partner = \"444455556666\"\nbucket records { name \"acme-records\" }\n"
      "test \"t\" { expect allow partner s3:GetObject \"records/exports/a.csv\" with { aws:SecureTransport = false } "
      "}\n");
  EXPECT_TRUE(codes().empty()) << ::testing::PrintToString(codes());
  const auto& e = a.model.tests.at(0).expectations.at(0);
  EXPECT_EQ(e.principal, "arn:aws:iam::444455556666:root");
  EXPECT_EQ(e.resource_arn, "arn:aws:s3:::acme-records/exports/a.csv");
  EXPECT_EQ(e.bucket_id, "records");
  ASSERT_EQ(e.context.count("aws:SecureTransport"), 1u);
  EXPECT_EQ(e.context.at("aws:SecureTransport").kind, ir::ContextValue::Kind::Bool);
  EXPECT_EQ(e.context.at("aws:SecureTransport").text, "false");
}

TEST_F(SemaTest, TestResourceOutsideTheCompilationIsE0210) {
  analyze("test \"t\" { expect deny anonymous s3:GetObject \"nobucket/x\" }\n");
  EXPECT_NE(first(diag::Code::E0210), nullptr);
}

}  // namespace
}  // namespace bslc::testing
