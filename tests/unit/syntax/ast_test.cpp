// AST utilities: enum spellings (which the parser must accept back),
// setting keywords and Duration::seconds().
#include <limits>

#include "parse_helpers.h"

namespace bslc::syntax::testing {
namespace {

// Every spelling to_string gives is one the parser reads back as the same value.
TEST(AstToString, SpellingsParseBackToTheSameValue) {
  for (auto m : {ast::EncryptionMode::SseS3, ast::EncryptionMode::SseKms, ast::EncryptionMode::DsseKms,
                 ast::EncryptionMode::SseC, ast::EncryptionMode::ClientSide})
    EXPECT_EQ(setting_as<ast::EncryptionSetting>(parse_setting(std::string("encryption ") + ast::to_string(m))).mode,
              m);
  for (auto m : {ast::TransportMode::TlsOnly, ast::TransportMode::AllowHttp})
    EXPECT_EQ(setting_as<ast::TransportSetting>(
                  parse_setting(std::string("transport ") + ast::to_string(m) + " because \"r\""))
                  .mode,
              m);
  for (auto o :
       {ast::Ownership::BucketOwnerEnforced, ast::Ownership::BucketOwnerPreferred, ast::Ownership::ObjectWriter})
    EXPECT_EQ(setting_as<ast::OwnershipSetting>(parse_setting(std::string("ownership ") + ast::to_string(o))).mode, o);
  for (auto v : {ast::VersioningState::Enabled, ast::VersioningState::Suspended, ast::VersioningState::Disabled})
    EXPECT_EQ(setting_as<ast::VersioningSetting>(parse_setting(std::string("versioning ") + ast::to_string(v))).state,
              v);
  for (auto l : {ast::LockMode::Governance, ast::LockMode::Compliance, ast::LockMode::EnabledOnly})
    EXPECT_EQ(setting_as<ast::ObjectLockSetting>(parse_setting(std::string("object_lock ") + ast::to_string(l))).mode,
              l);
  for (auto b : {ast::BypassMode::Nobody, ast::BypassMode::Anyone})
    EXPECT_EQ(setting_as<ast::ObjectLockSetting>(
                  parse_setting(std::string("object_lock governance { bypass ") + ast::to_string(b) + " }"))
                  .bypass,
              std::optional<ast::BypassMode>(b));
  for (auto s : {ast::AuditScope::All, ast::AuditScope::Read, ast::AuditScope::Write})
    EXPECT_EQ(setting_as<ast::AuditSetting>(parse_setting(std::string("audit data_events ") + ast::to_string(s))).scope,
              s);
  for (auto k : {ast::PerimeterKind::VpcEndpoint, ast::PerimeterKind::Vpc, ast::PerimeterKind::SourceIp})
    EXPECT_EQ(setting_as<ast::OnlyViaSetting>(parse_setting(std::string("only_via ") + ast::to_string(k) + " x")).kind,
              k);
  for (auto l : {ast::AccessLevel::Read, ast::AccessLevel::Write, ast::AccessLevel::ReadWrite, ast::AccessLevel::List,
                 ast::AccessLevel::Delete})
    EXPECT_EQ(setting_as<ast::GrantSetting>(parse_setting(std::string("grant p ") + ast::to_string(l))).level, l);
  for (auto f : {ast::GranteeForm::Org, ast::GranteeForm::CloudFront})
    EXPECT_EQ(setting_as<ast::GrantSetting>(parse_setting(std::string("grant ") + ast::to_string(f) + " p read")).form,
              f);
  for (auto m : {ast::HttpMethod::Get, ast::HttpMethod::Put, ast::HttpMethod::Head, ast::HttpMethod::Post,
                 ast::HttpMethod::Delete})
    EXPECT_EQ(
        setting_as<ast::CorsSetting>(parse_setting(std::string("cors { allow methods [") + ast::to_string(m) + "] }"))
            .rules.at(0)
            .methods.at(0),
        m);
  for (auto t : {ast::NotifyTarget::Sqs, ast::NotifyTarget::Sns, ast::NotifyTarget::Lambda})
    EXPECT_EQ(setting_as<ast::NotifySetting>(
                  parse_setting(std::string("notify object_created to ") + ast::to_string(t) + " d"))
                  .target,
              t);
  for (auto u : {ast::TimeUnit::Seconds, ast::TimeUnit::Minutes, ast::TimeUnit::Hours, ast::TimeUnit::Days,
                 ast::TimeUnit::Years})
    EXPECT_EQ(setting_as<ast::PresignedSetting>(parse_setting(std::string("presigned max_age 2 ") + ast::to_string(u)))
                  .max_age->parts.at(0)
                  .unit,
              u);
  for (auto k :
       {ast::ConstKind::Account, ast::ConstKind::Org, ast::ConstKind::Role, ast::ConstKind::User, ast::ConstKind::Key,
        ast::ConstKind::Endpoint, ast::ConstKind::Vpc, ast::ConstKind::Cidr, ast::ConstKind::Distribution}) {
    Parsed p = parse_text(std::string(ast::to_string(k)) + " c = \"v\"");
    ASSERT_TRUE(p.ok()) << p.report();
    EXPECT_EQ(p.file.constants.at(0).kind, k);
  }
}

TEST(AstToString, OtherSpellings) {
  EXPECT_STREQ(ast::to_string(ast::KeySource::AwsManaged), "aws_managed");
  EXPECT_STREQ(ast::to_string(ast::KeySource::Named), "named");
  EXPECT_STREQ(ast::to_string(ast::BypassMode::Only), "only");
  EXPECT_STREQ(ast::to_string(ast::GranteeForm::Public), "public");
  EXPECT_STREQ(ast::to_string(ast::GranteeForm::Literal), "literal");
  EXPECT_STREQ(ast::to_string(ast::NotifyTarget::EventBridge), "eventbridge");
  EXPECT_STREQ(ast::to_string(ast::CompareOp::NotIn), "not in");
  EXPECT_STREQ(ast::to_string(ast::CompareOp::NotLike), "not like");
  EXPECT_STREQ(ast::to_string(ast::CompareOp::Ge), ">=");
}

TEST(AstDuration, SecondsAddsPartsAndSaturates) {
  ast::Duration d;
  EXPECT_EQ(d.seconds(), 0);
  d.parts.push_back({1, ast::TimeUnit::Years, {}});
  d.parts.push_back({2, ast::TimeUnit::Days, {}});
  d.parts.push_back({3, ast::TimeUnit::Hours, {}});
  d.parts.push_back({4, ast::TimeUnit::Minutes, {}});
  d.parts.push_back({5, ast::TimeUnit::Seconds, {}});
  EXPECT_EQ(d.seconds(), 365 * 86400 + 2 * 86400 + 3 * 3600 + 4 * 60 + 5);

  ast::Duration huge;
  huge.parts.push_back({std::numeric_limits<int64_t>::max() / 2, ast::TimeUnit::Years, {}});
  EXPECT_EQ(huge.seconds(), std::numeric_limits<int64_t>::max());
  ast::Duration sum;
  sum.parts.push_back({std::numeric_limits<int64_t>::max() - 1, ast::TimeUnit::Seconds, {}});
  sum.parts.push_back({5, ast::TimeUnit::Seconds, {}});
  EXPECT_EQ(sum.seconds(), std::numeric_limits<int64_t>::max());
}

}  // namespace
}  // namespace bslc::syntax::testing
