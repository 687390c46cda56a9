// Every setting of a bucket or profile body, with every form the grammar
// and the word tables accept; fields and spans checked.
#include "parse_helpers.h"

namespace bslc::syntax::testing {
namespace {

TEST(ParseSettings, NameRegionAccountUse) {
  {
    Parsed p = parse_setting("name \"acme-records\"");
    EXPECT_EQ(setting_as<ast::NameSetting>(p).value.value, "acme-records");
    EXPECT_EQ(p.text(only_setting(p).span), "name \"acme-records\"");
  }
  {
    Parsed p = parse_setting("region \"us-east-1\"");
    EXPECT_EQ(setting_as<ast::RegionSetting>(p).value.value, "us-east-1");
  }
  {
    Parsed p = parse_setting("account partner");
    const ast::Ref& a = setting_as<ast::AccountSetting>(p).account;
    EXPECT_TRUE(a.is_name);
    EXPECT_EQ(a.text, "partner");
    EXPECT_EQ(p.text(a.span), "partner");
  }
  {
    Parsed p = parse_setting("account \"111122223333\"");
    const ast::Ref& a = setting_as<ast::AccountSetting>(p).account;
    EXPECT_FALSE(a.is_name);
    EXPECT_EQ(a.text, "111122223333");
    EXPECT_EQ(p.text(a.span), "\"111122223333\"");
  }
  {
    Parsed p = parse_setting("use hipaa");
    EXPECT_EQ(setting_as<ast::UseSetting>(p).profile.name, "hipaa");
  }
}

TEST(ParseSettings, EncryptionModes) {
  const std::vector<std::pair<std::string, ast::EncryptionMode>> modes = {
      {"sse_s3", ast::EncryptionMode::SseS3}, {"sse_kms", ast::EncryptionMode::SseKms},
      {"kms", ast::EncryptionMode::SseKms},   {"dsse_kms", ast::EncryptionMode::DsseKms},
      {"sse_c", ast::EncryptionMode::SseC},   {"client_side", ast::EncryptionMode::ClientSide}};
  for (const auto& [word, mode] : modes) {
    Parsed p = parse_setting("encryption " + word);
    const auto& e = setting_as<ast::EncryptionSetting>(p);
    EXPECT_EQ(e.mode, mode) << word;
    EXPECT_EQ(p.text(e.mode_span), word);
    EXPECT_FALSE(e.key.has_value());
    EXPECT_FALSE(e.bucket_key.has_value());
    EXPECT_FALSE(e.require_header);
  }
}

TEST(ParseSettings, EncryptionBlock) {
  Parsed p = parse_setting(
      "encryption kms {\n    key new \"alias/patient-records\"\n    bucket_key on\n    require header\n  }");
  const auto& e = setting_as<ast::EncryptionSetting>(p);
  ASSERT_TRUE(e.key.has_value());
  EXPECT_EQ(e.key->source, ast::KeySource::New);
  ASSERT_TRUE(e.key->value.has_value());
  EXPECT_EQ(e.key->value->value, "alias/patient-records");
  EXPECT_EQ(p.text(e.key->span), "key new \"alias/patient-records\"");
  EXPECT_EQ(e.bucket_key, std::optional<bool>(true));
  EXPECT_EQ(p.text(e.bucket_key_span), "bucket_key on");
  EXPECT_TRUE(e.require_header);
  EXPECT_EQ(p.text(e.require_span), "require header");
  EXPECT_EQ(p.text(only_setting(p).span).substr(0, 16), "encryption kms {");
}

TEST(ParseSettings, EncryptionKeySources) {
  {
    Parsed p = parse_setting("encryption kms { key new }");
    const auto& k = *setting_as<ast::EncryptionSetting>(p).key;
    EXPECT_EQ(k.source, ast::KeySource::New);
    EXPECT_FALSE(k.value.has_value());
  }
  {
    Parsed p =
        parse_setting("encryption kms { key arn \"arn:aws:kms:us-east-1:111122223333:key/abc\" bucket_key off }");
    const auto& e = setting_as<ast::EncryptionSetting>(p);
    EXPECT_EQ(e.key->source, ast::KeySource::Arn);
    EXPECT_EQ(e.key->value->value, "arn:aws:kms:us-east-1:111122223333:key/abc");
    EXPECT_EQ(e.bucket_key, std::optional<bool>(false));
  }
  {
    Parsed p = parse_setting("encryption kms { key aws_managed }");
    EXPECT_EQ(setting_as<ast::EncryptionSetting>(p).key->source, ast::KeySource::AwsManaged);
  }
  {
    Parsed p = parse_setting("encryption dsse_kms { key records_key }");
    const auto& k = *setting_as<ast::EncryptionSetting>(p).key;
    EXPECT_EQ(k.source, ast::KeySource::Named);
    ASSERT_TRUE(k.name.has_value());
    EXPECT_EQ(k.name->name, "records_key");
    EXPECT_EQ(p.text(k.name->span), "records_key");
    EXPECT_FALSE(k.value.has_value());
  }
}

TEST(ParseSettings, Transport) {
  {
    Parsed p = parse_setting("transport tls_only { min_version 1.2 }");
    const auto& t = setting_as<ast::TransportSetting>(p);
    EXPECT_EQ(t.mode, ast::TransportMode::TlsOnly);
    EXPECT_EQ(p.text(t.mode_span), "tls_only");
    ASSERT_TRUE(t.min_version.has_value());
    EXPECT_EQ(t.min_version->text, "1.2");
    EXPECT_DOUBLE_EQ(t.min_version->value, 1.2);
    EXPECT_FALSE(t.min_version->is_integer);
    EXPECT_EQ(p.text(t.min_version->span), "1.2");
    EXPECT_FALSE(t.reason.has_value());
  }
  {
    Parsed p = parse_setting("transport tls_only {}");
    EXPECT_FALSE(setting_as<ast::TransportSetting>(p).min_version.has_value());
  }
  {
    Parsed p = parse_setting("transport allow_http because \"legacy scanners\"");
    const auto& t = setting_as<ast::TransportSetting>(p);
    EXPECT_EQ(t.mode, ast::TransportMode::AllowHttp);
    ASSERT_TRUE(t.reason.has_value());
    EXPECT_EQ(t.reason->text.value, "legacy scanners");
    EXPECT_EQ(p.text(t.reason->span), "because \"legacy scanners\"");
    EXPECT_EQ(p.text(t.reason->text.span), "\"legacy scanners\"");
  }
  {
    Parsed p = parse_setting("transport tls_only { min_version 1 }");
    const auto& v = *setting_as<ast::TransportSetting>(p).min_version;
    EXPECT_TRUE(v.is_integer);
    EXPECT_EQ(v.text, "1");
  }
}

TEST(ParseSettings, PublicAccess) {
  {
    Parsed p = parse_setting("public_access block all");
    const auto& s = setting_as<ast::PublicAccessSetting>(p);
    EXPECT_TRUE(s.block_all);
    EXPECT_FALSE(s.allow_policy || s.allow_acls || s.reason);
  }
  const std::vector<std::tuple<std::string, bool, bool>> forms = {
      {"", true, true}, {"policy ", true, false}, {"acls ", false, true}, {"policy acls ", true, true}};
  for (const auto& [words, policy, acls] : forms) {
    Parsed p = parse_setting("public_access allow " + words + "because \"static website\"");
    const auto& s = setting_as<ast::PublicAccessSetting>(p);
    EXPECT_FALSE(s.block_all) << words;
    EXPECT_EQ(s.allow_policy, policy) << words;
    EXPECT_EQ(s.allow_acls, acls) << words;
    ASSERT_TRUE(s.reason.has_value());
    EXPECT_EQ(s.reason->text.value, "static website");
  }
}

TEST(ParseSettings, Ownership) {
  const std::vector<std::pair<std::string, ast::Ownership>> modes = {
      {"bucket_owner_enforced", ast::Ownership::BucketOwnerEnforced},
      {"bucket_owner_preferred", ast::Ownership::BucketOwnerPreferred},
      {"object_writer", ast::Ownership::ObjectWriter}};
  for (const auto& [word, mode] : modes) {
    Parsed p = parse_setting("ownership " + word);
    EXPECT_EQ(setting_as<ast::OwnershipSetting>(p).mode, mode);
    EXPECT_EQ(p.text(setting_as<ast::OwnershipSetting>(p).mode_span), word);
  }
  Parsed p = parse_setting("ownership object_writer because \"log delivery writes objects\"");
  EXPECT_EQ(setting_as<ast::OwnershipSetting>(p).reason->text.value, "log delivery writes objects");
}

TEST(ParseSettings, Versioning) {
  const std::vector<std::pair<std::string, ast::VersioningState>> states = {
      {"on", ast::VersioningState::Enabled},
      {"enabled", ast::VersioningState::Enabled},
      {"off", ast::VersioningState::Disabled},
      {"disabled", ast::VersioningState::Disabled},
      {"suspended", ast::VersioningState::Suspended}};
  for (const auto& [word, state] : states) {
    Parsed p = parse_setting("versioning " + word);
    EXPECT_EQ(setting_as<ast::VersioningSetting>(p).state, state) << word;
    EXPECT_FALSE(setting_as<ast::VersioningSetting>(p).mfa_delete.has_value());
  }
  Parsed p = parse_setting("versioning on { mfa_delete on }");
  const auto& v = setting_as<ast::VersioningSetting>(p);
  EXPECT_EQ(p.text(v.state_span), "on");
  EXPECT_EQ(v.mfa_delete, std::optional<bool>(true));
  EXPECT_EQ(p.text(v.mfa_delete_span), "mfa_delete on");
  Parsed off = parse_setting("versioning enabled { mfa_delete false }");
  EXPECT_EQ(setting_as<ast::VersioningSetting>(off).mfa_delete, std::optional<bool>(false));
}

TEST(ParseSettings, ObjectLock) {
  {
    Parsed p = parse_setting("object_lock compliance 7 years");
    const auto& o = setting_as<ast::ObjectLockSetting>(p);
    EXPECT_EQ(o.mode, ast::LockMode::Compliance);
    EXPECT_EQ(p.text(o.mode_span), "compliance");
    ASSERT_TRUE(o.retention.has_value());
    ASSERT_EQ(o.retention->parts.size(), 1u);
    EXPECT_EQ(o.retention->parts[0].amount, 7);
    EXPECT_EQ(o.retention->parts[0].unit, ast::TimeUnit::Years);
    EXPECT_EQ(p.text(o.retention->span), "7 years");
    EXPECT_FALSE(o.bypass.has_value());
  }
  {
    Parsed p = parse_setting("object_lock on");
    const auto& o = setting_as<ast::ObjectLockSetting>(p);
    EXPECT_EQ(o.mode, ast::LockMode::EnabledOnly);
    EXPECT_FALSE(o.retention.has_value());
  }
  {
    Parsed p = parse_setting("object_lock governance 30 days { bypass only admin, ops legal_hold only legal }");
    const auto& o = setting_as<ast::ObjectLockSetting>(p);
    EXPECT_EQ(o.mode, ast::LockMode::Governance);
    EXPECT_EQ(o.bypass, std::optional<ast::BypassMode>(ast::BypassMode::Only));
    ASSERT_EQ(o.bypass_principals.size(), 2u);
    EXPECT_EQ(o.bypass_principals[1].name, "ops");
    EXPECT_EQ(p.text(o.bypass_span), "bypass only admin, ops");
    ASSERT_EQ(o.legal_hold_principals.size(), 1u);
    EXPECT_EQ(o.legal_hold_principals[0].name, "legal");
    EXPECT_EQ(p.text(o.legal_hold_span), "legal_hold only legal");
  }
  for (const auto& [word, mode] : std::vector<std::pair<std::string, ast::BypassMode>>{
           {"nobody", ast::BypassMode::Nobody}, {"anyone", ast::BypassMode::Anyone}}) {
    Parsed p = parse_setting("object_lock governance 1 day { bypass " + word + " }");
    EXPECT_EQ(setting_as<ast::ObjectLockSetting>(p).bypass, std::optional<ast::BypassMode>(mode));
  }
}

TEST(ParseSettings, Logging) {
  {
    Parsed p = parse_setting("logging to logs prefix \"records/\"");
    const auto& l = setting_as<ast::LoggingSetting>(p);
    ASSERT_TRUE(l.target.has_value());
    EXPECT_EQ(l.target->text, "logs");
    EXPECT_EQ(l.prefix->value, "records/");
    EXPECT_EQ(p.text(l.prefix->span), "\"records/\"");
  }
  {
    Parsed p = parse_setting("logging to \"acme-access-logs\"");
    const auto& l = setting_as<ast::LoggingSetting>(p);
    EXPECT_FALSE(l.target->is_name);
    EXPECT_FALSE(l.prefix.has_value());
  }
  {
    Parsed p = parse_setting("logging off");
    EXPECT_FALSE(setting_as<ast::LoggingSetting>(p).target.has_value());
    EXPECT_EQ(p.text(only_setting(p).span), "logging off");
  }
}

TEST(ParseSettings, Audit) {
  {
    Parsed p = parse_setting("audit data_events");
    const auto& a = setting_as<ast::AuditSetting>(p);
    EXPECT_EQ(a.scope, ast::AuditScope::All);
    EXPECT_FALSE(a.trail_bucket.has_value());
  }
  for (const auto& [word, scope] : std::vector<std::pair<std::string, ast::AuditScope>>{
           {"all", ast::AuditScope::All}, {"read", ast::AuditScope::Read}, {"write", ast::AuditScope::Write}}) {
    Parsed p = parse_setting("audit data_events " + word + " to trail_logs");
    const auto& a = setting_as<ast::AuditSetting>(p);
    EXPECT_EQ(a.scope, scope) << word;
    EXPECT_EQ(a.trail_bucket->text, "trail_logs");
  }
}

TEST(ParseSettings, OnlyVia) {
  {
    Parsed p = parse_setting("only_via vpce \"vpce-1a2b3c4d\" except admin");
    const auto& o = setting_as<ast::OnlyViaSetting>(p);
    EXPECT_EQ(o.kind, ast::PerimeterKind::VpcEndpoint);
    EXPECT_EQ(p.text(o.kind_span), "vpce");
    ASSERT_EQ(o.values.size(), 1u);
    EXPECT_EQ(o.values[0].text, "vpce-1a2b3c4d");
    ASSERT_EQ(o.except.size(), 1u);
    EXPECT_EQ(o.except[0].name, "admin");
  }
  {
    Parsed p = parse_setting("only_via vpc [main_vpc, \"vpc-2\"] except admin, breakglass");
    const auto& o = setting_as<ast::OnlyViaSetting>(p);
    EXPECT_EQ(o.kind, ast::PerimeterKind::Vpc);
    ASSERT_EQ(o.values.size(), 2u);
    EXPECT_TRUE(o.values[0].is_name);
    EXPECT_FALSE(o.values[1].is_name);
    EXPECT_EQ(o.except.size(), 2u);
  }
  {
    Parsed p = parse_setting("only_via source_ip office");
    const auto& o = setting_as<ast::OnlyViaSetting>(p);
    EXPECT_EQ(o.kind, ast::PerimeterKind::SourceIp);
    EXPECT_TRUE(o.except.empty());
  }
}

TEST(ParseSettings, Tags) {
  {
    Parsed p = parse_setting("restrict tag Classification = \"PHI\" to principal_tag Clearance = \"PHI\"");
    const auto& r = setting_as<ast::RestrictTagSetting>(p);
    EXPECT_EQ(r.object_tag.key.value, "Classification");
    EXPECT_EQ(r.object_tag.value.value, "PHI");
    EXPECT_EQ(p.text(r.object_tag.span), "Classification = \"PHI\"");
    EXPECT_EQ(r.principal_tag.key.value, "Clearance");
    EXPECT_EQ(p.text(r.principal_tag.key.span), "Clearance");
  }
  {
    Parsed p = parse_setting("require tag \"cost:center\" in [\"a\", \"b\"] on upload");
    const auto& r = setting_as<ast::RequireTagSetting>(p);
    EXPECT_EQ(r.key.value, "cost:center");
    EXPECT_EQ(p.text(r.key.span), "\"cost:center\"");
    ASSERT_EQ(r.allowed.size(), 2u);
    EXPECT_EQ(r.allowed[0].value, "a");
  }
  {
    Parsed p = parse_setting("require tag Owner on upload");
    EXPECT_TRUE(setting_as<ast::RequireTagSetting>(p).allowed.empty());
  }
  {
    Parsed p = parse_setting("protect tag Classification except admin");
    const auto& r = setting_as<ast::ProtectTagSetting>(p);
    EXPECT_EQ(r.key.value, "Classification");
    ASSERT_EQ(r.except.size(), 1u);
    EXPECT_EQ(r.except[0].name, "admin");
  }
  {
    Parsed p = parse_setting("protect tag Classification");
    EXPECT_TRUE(setting_as<ast::ProtectTagSetting>(p).except.empty());
  }
}

TEST(ParseSettings, GrantForms) {
  struct Case {
    std::string text;
    ast::GranteeForm form;
    bool is_name;
    std::string grantee;
    ast::AccessLevel level;
  };
  const std::vector<Case> cases = {
      {"grant partner read", ast::GranteeForm::Named, true, "partner", ast::AccessLevel::Read},
      {"grant org acme list", ast::GranteeForm::Org, true, "acme", ast::AccessLevel::List},
      {"grant org \"o-a1b2c3d4e5\" write", ast::GranteeForm::Org, false, "o-a1b2c3d4e5", ast::AccessLevel::Write},
      {"grant cloudfront site read", ast::GranteeForm::CloudFront, true, "site", ast::AccessLevel::Read},
      {"grant public read", ast::GranteeForm::Public, true, "public", ast::AccessLevel::Read},
      {"grant \"arn:aws:iam::1:role/R\" read_write", ast::GranteeForm::Literal, false, "arn:aws:iam::1:role/R",
       ast::AccessLevel::ReadWrite},
      {"grant ops delete", ast::GranteeForm::Named, true, "ops", ast::AccessLevel::Delete},
  };
  for (const Case& c : cases) {
    Parsed p = parse_setting(c.text);
    const auto& g = setting_as<ast::GrantSetting>(p);
    EXPECT_EQ(g.form, c.form) << c.text;
    EXPECT_EQ(g.grantee.is_name, c.is_name) << c.text;
    EXPECT_EQ(g.grantee.text, c.grantee) << c.text;
    EXPECT_EQ(g.level, c.level) << c.text;
    EXPECT_FALSE(g.prefix.has_value());
    EXPECT_EQ(p.text(only_setting(p).span), c.text);
  }
  Parsed p = parse_setting("grant partner read prefix \"exports/\" because \"quarterly exports\"");
  const auto& g = setting_as<ast::GrantSetting>(p);
  EXPECT_EQ(p.text(g.level_span), "read");
  EXPECT_EQ(g.prefix->value, "exports/");
  EXPECT_EQ(g.reason->text.value, "quarterly exports");
}

TEST(ParseSettings, Deny) {
  {
    Parsed p = parse_setting("deny partner s3:DeleteObject");
    const auto& d = setting_as<ast::DenySetting>(p);
    EXPECT_FALSE(d.everyone);
    ASSERT_EQ(d.who.size(), 1u);
    EXPECT_EQ(d.who[0].text, "partner");
    ASSERT_EQ(d.actions.size(), 1u);
    EXPECT_EQ(d.actions[0].value, "s3:DeleteObject");
    EXPECT_TRUE(d.unless.empty());
  }
  {
    Parsed p = parse_setting(
        "deny everyone [s3:DeleteObject, s3:PutObject] prefix \"x/\" unless aws:SourceIp in [\"1.2.3.4/32\"] and "
        "aws:SecureTransport = true and aws:PrincipalTag/Team not like \"ops*\"");
    const auto& d = setting_as<ast::DenySetting>(p);
    EXPECT_TRUE(d.everyone);
    EXPECT_TRUE(d.who.empty());
    ASSERT_EQ(d.actions.size(), 2u);
    EXPECT_EQ(d.prefix->value, "x/");
    ASSERT_EQ(d.unless.size(), 3u);
    EXPECT_EQ(d.unless[0].key.value, "aws:SourceIp");
    EXPECT_EQ(d.unless[0].op, ast::CompareOp::In);
    EXPECT_TRUE(d.unless[0].value.is_list);
    EXPECT_EQ(p.text(d.unless[0].span), "aws:SourceIp in [\"1.2.3.4/32\"]");
    EXPECT_EQ(d.unless[1].value.items.at(0).kind, ast::Scalar::Kind::Bool);
    EXPECT_EQ(d.unless[2].key.value, "aws:PrincipalTag/Team");
    EXPECT_EQ(d.unless[2].op, ast::CompareOp::NotLike);
  }
  {
    Parsed p = parse_setting("deny [partner, \"arn:aws:iam::1:root\"] s3:*");
    const auto& d = setting_as<ast::DenySetting>(p);
    ASSERT_EQ(d.who.size(), 2u);
    EXPECT_FALSE(d.who[1].is_name);
    EXPECT_EQ(d.actions[0].value, "s3:*");
  }
}

TEST(ParseSettings, Presigned) {
  {
    Parsed p = parse_setting("presigned max_age 10m");
    const auto& s = setting_as<ast::PresignedSetting>(p);
    ASSERT_TRUE(s.max_age.has_value());
    EXPECT_EQ(s.max_age->seconds(), 600);
    EXPECT_EQ(p.text(s.max_age->span), "10m");
  }
  {
    Parsed p = parse_setting("presigned forbid");
    EXPECT_FALSE(setting_as<ast::PresignedSetting>(p).max_age.has_value());
  }
}

TEST(ParseSettings, Mfa) {
  {
    Parsed p = parse_setting("mfa required for delete");
    const auto& m = setting_as<ast::MfaSetting>(p);
    EXPECT_TRUE(m.for_delete);
    EXPECT_TRUE(m.actions.empty());
  }
  {
    Parsed p = parse_setting("mfa required for s3:PutBucketPolicy");
    const auto& m = setting_as<ast::MfaSetting>(p);
    EXPECT_FALSE(m.for_delete);
    ASSERT_EQ(m.actions.size(), 1u);
    EXPECT_EQ(m.actions[0].value, "s3:PutBucketPolicy");
  }
  {
    Parsed p = parse_setting("mfa required for [s3:DeleteObject, s3:PutLifecycleConfiguration]");
    EXPECT_EQ(setting_as<ast::MfaSetting>(p).actions.size(), 2u);
  }
}

TEST(ParseSettings, Cors) {
  Parsed p = parse_setting(
      "cors {\n"
      "    allow origins [\"https://portal.example.com\"] methods [GET, PUT] max_age 3000\n"
      "    allow origins [\"*\"] methods [HEAD, POST, DELETE] headers [\"Authorization\"] expose [\"ETag\"] "
      "max_age 1 hour id \"public-read\"\n"
      "  }");
  const auto& c = setting_as<ast::CorsSetting>(p);
  ASSERT_EQ(c.rules.size(), 2u);
  const ast::CorsRule& r0 = c.rules[0];
  ASSERT_EQ(r0.origins.size(), 1u);
  EXPECT_EQ(r0.origins[0].value, "https://portal.example.com");
  EXPECT_EQ(r0.methods, (std::vector<ast::HttpMethod>{ast::HttpMethod::Get, ast::HttpMethod::Put}));
  EXPECT_EQ(p.text(r0.methods_span), "[GET, PUT]");
  EXPECT_EQ(r0.max_age_seconds, std::optional<int64_t>(3000));
  EXPECT_TRUE(r0.headers.empty());
  EXPECT_FALSE(r0.id.has_value());
  EXPECT_EQ(p.text(r0.span), "allow origins [\"https://portal.example.com\"] methods [GET, PUT] max_age 3000");
  const ast::CorsRule& r1 = c.rules[1];
  EXPECT_EQ(r1.methods,
            (std::vector<ast::HttpMethod>{ast::HttpMethod::Head, ast::HttpMethod::Post, ast::HttpMethod::Delete}));
  EXPECT_EQ(r1.headers.at(0).value, "Authorization");
  EXPECT_EQ(r1.expose.at(0).value, "ETag");
  EXPECT_EQ(r1.max_age_seconds, std::optional<int64_t>(3600));
  EXPECT_EQ(r1.id->value, "public-read");
}

TEST(ParseSettings, EmptyCorsBlock) {
  Parsed p = parse_setting("cors {}");
  EXPECT_TRUE(setting_as<ast::CorsSetting>(p).rules.empty());
}

TEST(ParseSettings, NotifyEventsAndTargets) {
  const std::vector<std::pair<std::string, std::string>> events = {
      {"object_created", "s3:ObjectCreated:*"},
      {"object_created_put", "s3:ObjectCreated:Put"},
      {"object_removed", "s3:ObjectRemoved:*"},
      {"object_removed_marker", "s3:ObjectRemoved:DeleteMarkerCreated"},
      {"object_restored", "s3:ObjectRestore:*"},
      {"object_tagging", "s3:ObjectTagging:*"},
      {"object_acl_put", "s3:ObjectAcl:Put"},
      {"replication", "s3:Replication:*"},
      {"lifecycle_expiration", "s3:LifecycleExpiration:*"},
      {"lifecycle_transition", "s3:LifecycleTransition"},
      {"intelligent_tiering", "s3:IntelligentTiering"},
  };
  for (const auto& [word, canonical] : events) {
    Parsed p = parse_setting("notify " + word + " to sns topic");
    const auto& n = setting_as<ast::NotifySetting>(p);
    EXPECT_EQ(n.event, canonical) << word;
    EXPECT_EQ(p.text(n.event_span), word);
  }
  for (const auto& [word, target] : std::vector<std::pair<std::string, ast::NotifyTarget>>{
           {"sqs", ast::NotifyTarget::Sqs}, {"sns", ast::NotifyTarget::Sns}, {"lambda", ast::NotifyTarget::Lambda}}) {
    Parsed p = parse_setting("notify object_created prefix \"in/\" suffix \".csv\" to " + word + " \"arn:x\"");
    const auto& n = setting_as<ast::NotifySetting>(p);
    EXPECT_EQ(n.target, target);
    EXPECT_EQ(n.prefix->value, "in/");
    EXPECT_EQ(n.suffix->value, ".csv");
    EXPECT_EQ(n.destination->text, "arn:x");
  }
  Parsed p = parse_setting("notify object_removed to eventbridge");
  const auto& n = setting_as<ast::NotifySetting>(p);
  EXPECT_EQ(n.target, ast::NotifyTarget::EventBridge);
  EXPECT_FALSE(n.destination.has_value());
}

TEST(ParseSettings, ExpectedRateAndAcknowledge) {
  {
    Parsed p = parse_setting("expected_rate 9000 rps");
    EXPECT_EQ(setting_as<ast::ExpectedRateSetting>(p).requests_per_second, 9000);
  }
  {
    Parsed p = parse_setting("expected_rate 12");
    EXPECT_EQ(setting_as<ast::ExpectedRateSetting>(p).requests_per_second, 12);
  }
  {
    Parsed p = parse_setting("acknowledge W0201 because \"reviewed by security\"");
    const auto& a = setting_as<ast::AcknowledgeSetting>(p);
    EXPECT_EQ(a.code.value, "W0201");
    EXPECT_EQ(p.text(a.code.span), "W0201");
    EXPECT_EQ(a.reason.text.value, "reviewed by security");
  }
}

TEST(ParseSettings, SettingKeywordMatchesEveryKind) {
  const std::vector<std::pair<std::string, std::string>> settings = {
      {"name \"n\"", "name"},
      {"region \"r\"", "region"},
      {"account a", "account"},
      {"use p", "use"},
      {"encryption sse_s3", "encryption"},
      {"transport tls_only", "transport"},
      {"public_access block all", "public_access"},
      {"ownership object_writer", "ownership"},
      {"versioning on", "versioning"},
      {"object_lock on", "object_lock"},
      {"logging off", "logging"},
      {"audit data_events", "audit"},
      {"only_via vpc v", "only_via"},
      {"restrict tag A = \"1\" to principal_tag B = \"2\"", "restrict"},
      {"require tag A on upload", "require"},
      {"protect tag A", "protect"},
      {"grant a read", "grant"},
      {"deny a s3:GetObject", "deny"},
      {"presigned forbid", "presigned"},
      {"mfa required for delete", "mfa"},
      {"cors {}", "cors"},
      {"notify object_created to eventbridge", "notify"},
      {"expected_rate 1", "expected_rate"},
      {"acknowledge W0001 because \"r\"", "acknowledge"},
  };
  for (const auto& [text, keyword] : settings) {
    Parsed p = parse_setting(text);
    EXPECT_STREQ(ast::setting_keyword(only_setting(p).kind), keyword.c_str()) << text;
    EXPECT_EQ(p.text(only_setting(p).span), text);
  }
}

}  // namespace
}  // namespace bslc::syntax::testing
