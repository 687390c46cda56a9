// Declarations: import, constants, bucket, profile, vault, test, property,
// comments; every AST field and span checked against the source text.
#include "parse_helpers.h"

namespace bslc::syntax::testing {
namespace {

TEST(ParseDecls, EmptyFileAndCommentsOnly) {
  EXPECT_TRUE(parse_text("").ok());
  Parsed p = parse_text("// a line comment\n/* a block\n comment */\n   \n");
  EXPECT_TRUE(p.ok()) << p.report();
  EXPECT_TRUE(p.file.buckets.empty());
  EXPECT_EQ(p.file.source->name(), "test.bsl");
}

TEST(ParseDecls, ByteOrderMarkAtStartIsIgnored) {
  Parsed p = parse_text(
      "\xEF\xBB\xBF"
      "bucket b {}\n");
  EXPECT_TRUE(p.ok()) << p.report();
  ASSERT_EQ(p.file.buckets.size(), 1u);
  EXPECT_EQ(p.text(p.file.buckets[0].span), "bucket b {}");
}

TEST(ParseDecls, Import) {
  Parsed p = parse_text("import \"hipaa\"\nimport \"./common.bsl\"\n");
  ASSERT_TRUE(p.ok()) << p.report();
  ASSERT_EQ(p.file.imports.size(), 2u);
  EXPECT_EQ(p.file.imports[0].path.value, "hipaa");
  EXPECT_EQ(p.text(p.file.imports[0].path.span), "\"hipaa\"");
  EXPECT_EQ(p.text(p.file.imports[0].span), "import \"hipaa\"");
  EXPECT_EQ(p.file.imports[1].path.value, "./common.bsl");
  EXPECT_EQ(p.at(p.file.imports[1].span), "2:1");
}

TEST(ParseDecls, ConstantOfEveryKind) {
  const std::vector<std::pair<std::string, ast::ConstKind>> kinds = {{"account", ast::ConstKind::Account},
                                                                     {"org", ast::ConstKind::Org},
                                                                     {"role", ast::ConstKind::Role},
                                                                     {"user", ast::ConstKind::User},
                                                                     {"key", ast::ConstKind::Key},
                                                                     {"endpoint", ast::ConstKind::Endpoint},
                                                                     {"vpc", ast::ConstKind::Vpc},
                                                                     {"cidr", ast::ConstKind::Cidr},
                                                                     {"distribution", ast::ConstKind::Distribution}};
  for (const auto& [word, kind] : kinds) {
    Parsed p = parse_text(word + " thing = \"value\"\n");
    ASSERT_TRUE(p.ok()) << word << "\n" << p.report();
    ASSERT_EQ(p.file.constants.size(), 1u) << word;
    const ast::ConstDecl& c = p.file.constants[0];
    EXPECT_EQ(c.kind, kind) << word;
    EXPECT_EQ(c.name.name, "thing");
    EXPECT_EQ(p.text(c.name.span), "thing");
    EXPECT_FALSE(c.is_list);
    ASSERT_EQ(c.values.size(), 1u);
    EXPECT_EQ(c.values[0].value, "value");
    EXPECT_EQ(p.text(c.span), word + " thing = \"value\"");
  }
}

TEST(ParseDecls, ConstantList) {
  Parsed p = parse_text("cidr office = [\"10.0.0.0/8\", \"192.168.0.0/16\",]\n");
  ASSERT_TRUE(p.ok()) << p.report();
  const ast::ConstDecl& c = p.file.constants.at(0);
  EXPECT_EQ(c.kind, ast::ConstKind::Cidr);
  EXPECT_TRUE(c.is_list);
  ASSERT_EQ(c.values.size(), 2u);
  EXPECT_EQ(c.values[1].value, "192.168.0.0/16");
  EXPECT_EQ(p.text(c.values[1].span), "\"192.168.0.0/16\"");
  EXPECT_EQ(p.text(c.span), "cidr office = [\"10.0.0.0/8\", \"192.168.0.0/16\",]");
}

TEST(ParseDecls, EmptyConstantList) {
  Parsed p = parse_text("account nobody = []\n");
  ASSERT_TRUE(p.ok()) << p.report();
  EXPECT_TRUE(p.file.constants.at(0).is_list);
  EXPECT_TRUE(p.file.constants.at(0).values.empty());
}

TEST(ParseDecls, BucketAndProfileBodies) {
  Parsed p = parse_text(
      "profile strict {\n  transport tls_only\n}\n"
      "bucket records {\n  use strict\n  name \"acme-records\"\n}\n"
      "bucket empty {}\n");
  ASSERT_TRUE(p.ok()) << p.report();
  ASSERT_EQ(p.file.profiles.size(), 1u);
  ASSERT_EQ(p.file.buckets.size(), 2u);
  const ast::ProfileDecl& profile = p.file.profiles[0];
  EXPECT_EQ(profile.name.name, "strict");
  EXPECT_EQ(p.text(profile.span), "profile strict {\n  transport tls_only\n}");
  ASSERT_EQ(profile.settings.size(), 1u);
  const ast::BucketDecl& records = p.file.buckets[0];
  EXPECT_EQ(records.name.name, "records");
  EXPECT_EQ(p.at(records.name.span), "4:8");
  ASSERT_EQ(records.settings.size(), 2u);
  EXPECT_EQ(std::get<ast::UseSetting>(records.settings[0].kind).profile.name, "strict");
  EXPECT_EQ(p.text(records.settings[1].span), "name \"acme-records\"");
  EXPECT_TRUE(p.file.buckets[1].settings.empty());
  EXPECT_EQ(p.text(p.file.buckets[1].span), "bucket empty {}");
}

TEST(ParseDecls, OverrideIsOutsideTheSettingSpan) {
  Parsed p = parse_text("bucket b {\n  use strict\n  override transport allow_http because \"legacy\"\n}\n");
  ASSERT_TRUE(p.ok()) << p.report();
  const ast::Setting& s = p.file.buckets.at(0).settings.at(1);
  ASSERT_TRUE(s.override_span.has_value());
  EXPECT_EQ(p.text(*s.override_span), "override");
  EXPECT_EQ(p.text(s.span), "transport allow_http because \"legacy\"");
  EXPECT_FALSE(p.file.buckets[0].settings[0].override_span.has_value());
}

TEST(ParseDecls, VaultWithEverySetting) {
  Parsed p = parse_text(
      "vault archive {\n"
      "  name \"acme-claims-archive\"\n"
      "  region \"eu-west-1\"\n"
      "  account partner\n"
      "  lock deny delete younger_than 365 days\n"
      "  acknowledge W0301 because \"archive is reviewed yearly\"\n"
      "  acknowledge W0302 because \"second\"\n"
      "}\n");
  ASSERT_TRUE(p.ok()) << p.report();
  ASSERT_EQ(p.file.vaults.size(), 1u);
  const ast::VaultDecl& v = p.file.vaults[0];
  EXPECT_EQ(v.name.name, "archive");
  ASSERT_TRUE(v.physical_name && v.region && v.account && v.lock);
  EXPECT_EQ(v.physical_name->value, "acme-claims-archive");
  EXPECT_EQ(v.region->value, "eu-west-1");
  EXPECT_TRUE(v.account->is_name);
  EXPECT_EQ(v.account->text, "partner");
  EXPECT_EQ(p.text(v.lock->span), "lock deny delete younger_than 365 days");
  EXPECT_EQ(v.lock->min_age.seconds(), 365 * 86400);
  EXPECT_EQ(p.text(v.lock->min_age.span), "365 days");
  ASSERT_EQ(v.acknowledgements.size(), 2u);
  EXPECT_EQ(v.acknowledgements[0].code.value, "W0301");
  EXPECT_EQ(p.text(v.acknowledgements[0].code.span), "W0301");
  EXPECT_EQ(v.acknowledgements[0].reason.text.value, "archive is reviewed yearly");
  EXPECT_EQ(p.text(v.acknowledgements[0].reason.span), "because \"archive is reviewed yearly\"");
  EXPECT_EQ(p.at(v.span), "1:1");
}

TEST(ParseDecls, VaultAccountAsLiteral) {
  Parsed p = parse_text("vault v { account \"111122223333\" }");
  ASSERT_TRUE(p.ok()) << p.report();
  EXPECT_FALSE(p.file.vaults.at(0).account->is_name);
  EXPECT_EQ(p.file.vaults.at(0).account->text, "111122223333");
  EXPECT_FALSE(p.file.vaults[0].lock.has_value());
}

TEST(ParseDecls, TestWithExpectations) {
  Parsed p = parse_text(
      "test \"partner is confined\" {\n"
      "  expect allow partner s3:GetObject \"records/exports/a.csv\"\n"
      "  expect deny \"arn:aws:iam::111122223333:role/X\" s3:PutObject \"records/k\" with {\n"
      "    aws:SecureTransport = false, s3:TlsVersion = 1.2, aws:SourceIp = [\"10.0.0.1\", \"10.0.0.2\"],\n"
      "    aws:PrincipalOrgID = acme, aws:MultiFactorAuthAge = 30,\n"
      "  }\n"
      "}\n");
  ASSERT_TRUE(p.ok()) << p.report();
  ASSERT_EQ(p.file.tests.size(), 1u);
  const ast::TestDecl& t = p.file.tests[0];
  EXPECT_EQ(t.name.value, "partner is confined");
  ASSERT_EQ(t.expectations.size(), 2u);
  const ast::Expectation& e0 = t.expectations[0];
  EXPECT_TRUE(e0.allow);
  EXPECT_TRUE(e0.principal.is_name);
  EXPECT_EQ(e0.principal.text, "partner");
  EXPECT_EQ(e0.action.value, "s3:GetObject");
  EXPECT_EQ(e0.resource.value, "records/exports/a.csv");
  EXPECT_TRUE(e0.context.empty());
  EXPECT_EQ(p.text(e0.span), "expect allow partner s3:GetObject \"records/exports/a.csv\"");

  const ast::Expectation& e1 = t.expectations[1];
  EXPECT_FALSE(e1.allow);
  EXPECT_FALSE(e1.principal.is_name);
  EXPECT_EQ(e1.principal.text, "arn:aws:iam::111122223333:role/X");
  ASSERT_EQ(e1.context.size(), 5u);
  EXPECT_EQ(e1.context[0].key.value, "aws:SecureTransport");
  EXPECT_EQ(e1.context[0].value.items.at(0).kind, ast::Scalar::Kind::Bool);
  EXPECT_EQ(e1.context[0].value.items.at(0).text, "false");
  EXPECT_EQ(p.text(e1.context[0].span), "aws:SecureTransport = false");
  EXPECT_EQ(e1.context[1].value.items.at(0).kind, ast::Scalar::Kind::Number);
  EXPECT_EQ(e1.context[1].value.items.at(0).text, "1.2");
  EXPECT_TRUE(e1.context[2].value.is_list);
  ASSERT_EQ(e1.context[2].value.items.size(), 2u);
  EXPECT_EQ(e1.context[2].value.items[1].text, "10.0.0.2");
  EXPECT_EQ(p.text(e1.context[2].value.span), "[\"10.0.0.1\", \"10.0.0.2\"]");
  EXPECT_EQ(e1.context[3].value.items.at(0).kind, ast::Scalar::Kind::Name);
  EXPECT_EQ(e1.context[3].value.items.at(0).text, "acme");
  EXPECT_EQ(e1.context[4].value.items.at(0).text, "30");
}

TEST(ParseDecls, EmptyWithBlock) {
  Parsed p = parse_text("test \"t\" { expect allow anonymous s3:GetObject \"b/k\" with {} }");
  ASSERT_TRUE(p.ok()) << p.report();
  EXPECT_TRUE(p.file.tests.at(0).expectations.at(0).context.empty());
  EXPECT_EQ(p.file.tests[0].expectations[0].principal.text, "anonymous");
}

TEST(ParseDecls, PropertyWithPredicates) {
  Parsed p = parse_text(
      "property \"PHI stays with cleared principals\" {\n"
      "  never allow s3:GetObject on records\n"
      "    where object_tag Classification = \"PHI\" and not principal_tag Clearance = \"PHI\"\n"
      "  always allow [s3:GetObject, s3:ListBucket] on records where aws:PrincipalOrgID = \"o-1\"\n"
      "  never allow s3:* on records\n"
      "}\n");
  ASSERT_TRUE(p.ok()) << p.report();
  const ast::PropertyDecl& prop = p.file.properties.at(0);
  EXPECT_EQ(prop.name.value, "PHI stays with cleared principals");
  ASSERT_EQ(prop.claims.size(), 3u);
  const ast::Claim& c0 = prop.claims[0];
  EXPECT_TRUE(c0.never);
  ASSERT_EQ(c0.actions.size(), 1u);
  EXPECT_EQ(c0.actions[0].value, "s3:GetObject");
  ASSERT_TRUE(c0.bucket.has_value());
  EXPECT_EQ(c0.bucket->name, "records");
  ASSERT_EQ(c0.where.size(), 2u);
  EXPECT_EQ(c0.where[0].kind, ast::Predicate::Kind::ObjectTag);
  EXPECT_FALSE(c0.where[0].negated);
  EXPECT_EQ(c0.where[0].tag.key.value, "Classification");
  EXPECT_EQ(c0.where[0].tag.value.value, "PHI");
  EXPECT_EQ(p.text(c0.where[0].span), "object_tag Classification = \"PHI\"");
  EXPECT_EQ(c0.where[1].kind, ast::Predicate::Kind::PrincipalTag);
  EXPECT_TRUE(c0.where[1].negated);
  EXPECT_EQ(p.text(c0.where[1].span), "not principal_tag Clearance = \"PHI\"");
  EXPECT_EQ(p.text(c0.where[1].tag.span), "Clearance = \"PHI\"");

  const ast::Claim& c1 = prop.claims[1];
  EXPECT_FALSE(c1.never);
  ASSERT_EQ(c1.actions.size(), 2u);
  EXPECT_EQ(c1.actions[1].value, "s3:ListBucket");
  ASSERT_EQ(c1.where.size(), 1u);
  EXPECT_EQ(c1.where[0].kind, ast::Predicate::Kind::Condition);
  EXPECT_EQ(c1.where[0].condition.key.value, "aws:PrincipalOrgID");
  EXPECT_EQ(c1.where[0].condition.op, ast::CompareOp::Eq);
  EXPECT_EQ(prop.claims[2].actions.at(0).value, "s3:*");
  EXPECT_TRUE(prop.claims[2].where.empty());
  EXPECT_EQ(p.text(prop.claims[2].span), "never allow s3:* on records");
}

TEST(ParseDecls, EveryComparisonOperator) {
  const std::vector<std::pair<std::string, ast::CompareOp>> ops = {
      {"=", ast::CompareOp::Eq},      {"!=", ast::CompareOp::Ne},
      {"<", ast::CompareOp::Lt},      {"<=", ast::CompareOp::Le},
      {">", ast::CompareOp::Gt},      {">=", ast::CompareOp::Ge},
      {"in", ast::CompareOp::In},     {"not in", ast::CompareOp::NotIn},
      {"like", ast::CompareOp::Like}, {"not like", ast::CompareOp::NotLike}};
  for (const auto& [op, expected] : ops) {
    const std::string condition = "s3:signatureAge " + op + " 600";
    Parsed p = parse_text("property \"p\" { never allow s3:GetObject on b where " + condition + " }");
    ASSERT_TRUE(p.ok()) << op << "\n" << p.report();
    const ast::Condition& c = p.file.properties.at(0).claims.at(0).where.at(0).condition;
    EXPECT_EQ(c.op, expected) << op;
    EXPECT_EQ(p.text(c.span), condition);
    EXPECT_EQ(c.value.items.at(0).text, "600");
  }
}

TEST(ParseDecls, BareWordConditionKey) {
  Parsed p = parse_text("property \"p\" { never allow s3:GetObject on b where principal = \"x\" }");
  ASSERT_TRUE(p.ok()) << p.report();
  const ast::Condition& c = p.file.properties.at(0).claims.at(0).where.at(0).condition;
  EXPECT_EQ(c.key.value, "principal");
  EXPECT_EQ(p.text(c.key.span), "principal");
}

TEST(ParseDecls, DeclarationsKeepSourceOrderPerKind) {
  Parsed p = parse_text("bucket a {}\nprofile x {}\nbucket b {}\nimport \"i\"\nbucket c {}\n");
  ASSERT_TRUE(p.ok()) << p.report();
  ASSERT_EQ(p.file.buckets.size(), 3u);
  EXPECT_EQ(p.file.buckets[0].name.name, "a");
  EXPECT_EQ(p.file.buckets[1].name.name, "b");
  EXPECT_EQ(p.file.buckets[2].name.name, "c");
  EXPECT_EQ(p.file.imports.size(), 1u);
}

TEST(ParseDecls, SpansCountBytesAndColumnsCountCodePoints) {
  // "é" is two bytes; the span is in bytes, the column in code points.
  Parsed p = parse_text("bucket b { name \"é\" region \"r\" }");
  ASSERT_TRUE(p.ok()) << p.report();
  const auto& region = std::get<ast::RegionSetting>(p.file.buckets.at(0).settings.at(1).kind);
  EXPECT_EQ(region.value.span.begin, 28u);
  EXPECT_EQ(p.at(region.value.span), "1:28");
  EXPECT_EQ(std::get<ast::NameSetting>(p.file.buckets[0].settings[0].kind).value.value, "é");
}

}  // namespace
}  // namespace bslc::syntax::testing
