#include "lower/sids.h"

#include <gtest/gtest.h>

#include "fixture.h"

namespace bslc::lower::testing {
namespace {

using detail::SidAllocator;

TEST(Sids, CamelCaseFromBslNamesAndPrefixes) {
  EXPECT_EQ(detail::camel("partner"), "Partner");
  EXPECT_EQ(detail::camel("partner_a"), "PartnerA");
  EXPECT_EQ(detail::camel("exports/"), "Exports");
  EXPECT_EQ(detail::camel("exports/2024/q1/"), "Exports2024Q1");
  EXPECT_EQ(detail::camel("acme-patient-records"), "AcmePatientRecords");
  EXPECT_EQ(detail::camel("PHI"), "PHI");
  EXPECT_EQ(detail::camel("clearanceLevel"), "ClearanceLevel");
  EXPECT_EQ(detail::camel("caf\xC3\xA9"), "Caf");  // non-ASCII dropped
  EXPECT_EQ(detail::camel(""), "");
}

TEST(Sids, WordsForKeysActionsAndDurations) {
  EXPECT_EQ(detail::key_words("aws:SourceIp"), "SourceIp");
  EXPECT_EQ(detail::key_words("aws:PrincipalTag/Team"), "PrincipalTagTeam");
  EXPECT_EQ(detail::action_words("s3:DeleteObject"), "DeleteObject");
  EXPECT_EQ(detail::action_words("s3:*"), "AllS3Actions");
  EXPECT_EQ(detail::action_words("s3:Get*"), "Get");
  EXPECT_EQ(detail::duration_words(600), "10Minutes");
  EXPECT_EQ(detail::duration_words(3600), "1Hour");
  EXPECT_EQ(detail::duration_words(86400 * 7), "7Days");
  EXPECT_EQ(detail::duration_words(90), "90Seconds");
  EXPECT_EQ(detail::joined_words({"admin", "ops"}, "Named"), "AdminAndOps");
  EXPECT_EQ(detail::joined_words({"a", "b", "c", "d"}, "Named"), "Named");
}

TEST(Sids, AllocatorKeepsFirstAndNumbersLaterClaimants) {
  SidAllocator sids;
  EXPECT_EQ(sids.claim("AllowPartnerRead"), "AllowPartnerRead");
  EXPECT_EQ(sids.claim("AllowPartnerRead"), "AllowPartnerRead2");
  EXPECT_EQ(sids.claim("AllowPartnerRead"), "AllowPartnerRead3");
  // A base that already looks numbered cannot collide with a generated one.
  EXPECT_EQ(sids.claim("AllowPartnerRead2"), "AllowPartnerRead22");
  EXPECT_EQ(sids.claim("Allow Partner-Read!"), "AllowPartnerRead4");
  EXPECT_EQ(sids.claim(""), "Statement");
}

TEST(Sids, BslNamesThatCamelCaseAlikeStayUnique) {
  ir::Bucket b = bucket();
  b.grants.push_back(grant(account("partner_a", kPartner), ir::AccessLevel::Read, "exports/", 10));
  b.grants.push_back(grant(account("partnerA", "777788889999"), ir::AccessLevel::Read, "exports/", 11));
  b.grants.push_back(grant(account("partner_a", kPartner), ir::AccessLevel::Read, "exports/", 12));
  const auto l = run(b);
  const auto& doc = l.bucket().bucket_policy;
  EXPECT_EQ(sids(doc), (std::vector<std::string>{"DenyInsecureTransport", "DenySseCUploads", "AllowPartnerAReadExports",
                                                 "AllowPartnerAReadExports2", "AllowPartnerAReadExports3"}));
  EXPECT_EQ(line_of(doc.sources.at("AllowPartnerAReadExports2")), 11u);
  EXPECT_EQ(line_of(doc.sources.at("AllowPartnerAReadExports3")), 12u);
  // The identity policies reuse the bucket policy's Sids, so sources.json stays unambiguous.
  EXPECT_EQ(sids(l.bucket().identity_policies.at("partnerA")), (std::vector<std::string>{"AllowPartnerAReadExports2"}));
  EXPECT_EQ(sids(l.bucket().identity_policies.at("partner_a")),
            (std::vector<std::string>{"AllowPartnerAReadExports", "AllowPartnerAReadExports3"}));
}

// A model that touches every capability, to check document-wide invariants.
ir::Model rich_model() {
  ir::Model m;
  ir::Bucket b = bucket();
  b.encryption.mode = ir::EncryptionMode::SseKms;
  b.encryption.key = ir::KeyKind::New;
  b.encryption.require_header = true;
  b.encryption.require_origin = origin(3);
  b.transport.min_tls = "1.2";
  b.perimeters.push_back(ir::Perimeter{ir::PerimeterKind::VpcEndpoint, {"vpce-1a2b3c4d"}, {}, origin(4)});
  b.perimeters.push_back(ir::Perimeter{ir::PerimeterKind::VpcEndpoint, {"vpce-99"}, {}, origin(5)});
  b.tag_restrictions.push_back(ir::TagRestriction{"Classification", "PHI", "Clearance", "PHI", origin(6)});
  b.required_tags.push_back(ir::RequiredTag{"Classification", {"PHI", "Internal"}, origin(7)});
  b.protected_tags.push_back(ir::ProtectedTag{"Classification", {}, origin(8)});
  b.presigned.max_age_seconds = 600;
  b.presigned.origin = origin(9);
  b.mfa.push_back(ir::MfaRequirement{true, {"s3:PutBucketPolicy", "s3:PutObjectRetention"}, origin(10)});
  b.object_lock.enabled = true;
  b.object_lock.bypass = ir::BypassMode::Only;
  b.object_lock.bypass_principals = {role("admin", kOwner, "Admin")};
  b.object_lock.bypass_origin = origin(11);
  b.grants.push_back(grant(account("partner", kPartner), ir::AccessLevel::Read, "exports/", 12));
  b.grants.push_back(grant(role("clinician", kOwner, "Clinician"), ir::AccessLevel::ReadWrite, "charts/", 13));
  b.grants.push_back(grant(org("acme", "o-a1b2c3d4e5"), ir::AccessLevel::List, "", 14));
  b.logging = ir::Logging{"logs", "acme-logs", "records/", origin(15)};
  m.buckets.push_back(b);
  ir::Bucket logs = bucket("logs", "acme-logs");
  logs.loc = at(20);
  m.buckets.push_back(logs);
  return m;
}

TEST(Sids, UniqueNonEmptyAlphanumericAndTracedInEveryDocument) {
  const auto l = run(rich_model());
  ASSERT_TRUE(l.diagnostics.empty());
  for (const auto& b : l.output.buckets) {
    std::vector<const TracedDocument*> docs{&b.bucket_policy, &b.key_policy};
    for (const auto& [name, doc] : b.identity_policies) docs.push_back(&doc);
    for (const TracedDocument* doc : docs) {
      std::set<std::string> seen;
      for (const auto& s : doc->document.statements) {
        EXPECT_FALSE(s.sid.empty());
        for (char c : s.sid) EXPECT_TRUE(std::isalnum(static_cast<unsigned char>(c))) << s.sid;
        EXPECT_TRUE(seen.insert(s.sid).second) << "duplicate Sid " << s.sid;
        ASSERT_TRUE(doc->sources.count(s.sid)) << s.sid;
        EXPECT_TRUE(doc->sources.at(s.sid).valid()) << s.sid;
      }
      EXPECT_EQ(doc->sources.size(), doc->document.statements.size());
    }
  }
}

TEST(Sids, StableAcrossRuns) {
  const auto first = run(rich_model());
  const auto second = run(rich_model());
  ASSERT_EQ(first.output.buckets.size(), second.output.buckets.size());
  for (size_t i = 0; i < first.output.buckets.size(); ++i) {
    EXPECT_EQ(policy::write_json(first.bucket(i).bucket_policy.document),
              policy::write_json(second.bucket(i).bucket_policy.document));
    EXPECT_EQ(policy::write_json(first.bucket(i).key_policy.document),
              policy::write_json(second.bucket(i).key_policy.document));
  }
}

TEST(Sids, StatementOrderFollowsCapabilityOrder) {
  const auto l = run(rich_model());
  EXPECT_EQ(
      sids(l.bucket().bucket_policy),
      (std::vector<std::string>{
          "DenyInsecureTransport", "DenyOutdatedTls", "DenyWrongEncryptionAlgorithm", "DenyAwsManagedKeyFallback",
          "DenyForeignKmsKey", "DenySseCUploads", "DenyOutsideVpcEndpoint", "DenyPresignedUrlsOlderThan10Minutes",
          "DenyDeleteWithoutMfa", "DenyPutBucketPolicyWithoutMfa", "DenyPutObjectRetentionWithoutMfa",
          "DenyGovernanceBypassExceptAdmin", "DenyReadClassificationPHIWithoutClearancePHI",
          "DenyUploadsWithInvalidTagClassification", "DenyRewritingTagClassification", "DenySettingTagClassification",
          "AllowPartnerReadExports", "AllowClinicianReadWriteCharts", "AllowAcmeList"}));
  EXPECT_EQ(sids(l.bucket(1).bucket_policy), (std::vector<std::string>{"DenyInsecureTransport", "DenySseCUploads",
                                                                       "AllowS3AccessLogDeliveryFromRecords"}));
}

}  // namespace
}  // namespace bslc::lower::testing
