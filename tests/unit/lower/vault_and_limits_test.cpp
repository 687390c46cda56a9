#include <gtest/gtest.h>

#include "fixture.h"

namespace bslc::lower::testing {
namespace {

using L = ir::AccessLevel;

ir::Vault vault(std::string account = kOwner) {
  ir::Vault v;
  v.id = "archive";
  v.name = "acme-claims-archive";
  v.region = "eu-west-1";
  v.account = std::move(account);
  v.lock_min_age_days = 365;
  v.lock_origin = origin(50);
  v.loc = at(49);
  return v;
}

TEST(VaultLock, DeniesDeletionOfYoungArchives) {
  ir::Model m;
  m.vaults.push_back(vault());
  const auto l = run(m);
  ASSERT_EQ(l.output.vaults.size(), 1u);
  EXPECT_EQ(l.output.vaults[0].vault_id, "archive");
  const auto& doc = l.output.vaults[0].lock_policy;
  EXPECT_EQ(sids(doc), (std::vector<std::string>{"DenyArchiveDeletionYoungerThan365Days"}));
  expect_statement(doc, stmt("DenyArchiveDeletionYoungerThan365Days", Deny, star(), {"glacier:DeleteArchive"},
                             {"arn:aws:glacier:eu-west-1:111122223333:vaults/acme-claims-archive"},
                             {{"NumericLessThan", {{"glacier:ArchiveAgeInDays", {"365"}}}}}));
  EXPECT_EQ(line_of(doc.sources.at("DenyArchiveDeletionYoungerThan365Days")), 50u);
}

TEST(VaultLock, VaultWithoutLockHasNoOutput) {
  ir::Model m;
  ir::Vault v = vault();
  v.lock_min_age_days.reset();
  m.vaults.push_back(v);
  EXPECT_TRUE(run(m).output.vaults.empty());
}

TEST(VaultLock, MissingAccountIsAnError) {
  ir::Model m;
  m.vaults.push_back(vault(""));
  const auto l = run(m);
  EXPECT_TRUE(l.output.vaults.empty());
  ASSERT_TRUE(has_code(l.diagnostics, diag::Code::E0505));
  EXPECT_EQ(line_of(l.diagnostics.front().loc), 50u);
}

// E0501 fires exactly when the written JSON exceeds 20,480 bytes, pointing at the bucket.
TEST(SizeLimits, BucketPolicyLimitIsExact) {
  ir::Bucket b = bucket();
  bool crossed = false;
  for (int i = 0; i < 120 && !crossed; ++i) {
    b.grants.push_back(grant(account("partner", kPartner), L::Read, "exports/batch-" + std::to_string(i) + "/"));
    const auto l = run(b);
    const size_t size = policy::write_json(l.bucket().bucket_policy.document).size();
    crossed = size > 20480;
    EXPECT_EQ(has_code(l.diagnostics, diag::Code::E0501), crossed) << size;
    if (crossed) {
      EXPECT_EQ(l.diagnostics.front().severity, diag::Severity::Error);
      EXPECT_EQ(line_of(l.diagnostics.front().loc), 1u);
      EXPECT_NE(l.diagnostics.front().message.find("records"), std::string::npos);
    }
  }
  EXPECT_TRUE(crossed);
}

// E0502 counts non-whitespace characters of the identity policy.
TEST(SizeLimits, IdentityPolicyLimitIsExact) {
  ir::Bucket b = bucket();
  bool crossed = false;
  for (int i = 0; i < 120 && !crossed; ++i) {
    b.grants.push_back(grant(account("partner", kPartner), L::Read, "exports/batch-" + std::to_string(i) + "/"));
    const auto l = run(b);
    const size_t chars =
        policy::non_whitespace_size(policy::write_json(l.bucket().identity_policies.at("partner").document));
    crossed = chars > 6144;
    EXPECT_EQ(has_code(l.diagnostics, diag::Code::E0502), crossed) << chars;
  }
  EXPECT_TRUE(crossed);
}

TEST(SizeLimits, OrdinaryBucketIsWellUnder) {
  ir::Bucket b = bucket();
  b.grants.push_back(grant(account("partner", kPartner), L::Read, "exports/"));
  EXPECT_TRUE(run(b).diagnostics.empty());
}

}  // namespace
}  // namespace bslc::lower::testing
