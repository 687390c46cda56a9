// The pure validators of check/values.h, table-driven.
#include "check/values.h"

#include <gtest/gtest.h>

namespace bslc::check {
namespace {

TEST(BucketName, AcceptsValidNames) {
  for (const char* name : {"abc", "acme-patient-records", "logs.example.com", "a1b", "my-bucket-2026",
                           "abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0"})
    EXPECT_EQ(bucket_name_problem(name), std::nullopt) << name;
}

TEST(BucketName, RejectsEachRule) {
  const std::pair<const char*, const char*> cases[] = {
      {"ab", "3 to 63"},
      {"abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz01", "3 to 63"},
      {"Acme-Records", "uppercase"},
      {"acme_records", "`_`"},
      {"-acme", "begin and end"},
      {"acme.", "begin and end"},
      {"acme..logs", "adjacent periods"},
      {"192.168.5.4", "IP address"},
      {"xn--acme", "`xn--`"},
      {"sthree-acme", "`sthree-`"},
      {"sthree-configurator-x", "`sthree-`"},
      {"amzn-s3-demo-bucket", "`amzn-s3-demo-`"},
      {"acme-s3alias", "`-s3alias`"},
      {"acme--ol-s3", "`--ol-s3`"},
      {"acme.mrap", "`.mrap`"},
      {"acme--usw2-az1--x-s3", "`--x-s3`"},
      {"acme--table-s3", "`--table-s3`"},
  };
  for (const auto& [name, fragment] : cases) {
    const auto problem = bucket_name_problem(name);
    ASSERT_TRUE(problem.has_value()) << name;
    EXPECT_NE(problem->find(fragment), std::string::npos) << name << ": " << *problem;
  }
}

TEST(BucketName, FourNumericLabelsOnlyIsAnAddress) {
  EXPECT_EQ(bucket_name_problem("1.2.3"), std::nullopt);
  EXPECT_EQ(bucket_name_problem("10.0.0.1a"), std::nullopt);
  EXPECT_TRUE(bucket_name_problem("10.0.0.1"));
}

TEST(Identifiers, AccountIds) {
  EXPECT_EQ(account_id_problem("111122223333"), std::nullopt);
  EXPECT_TRUE(account_id_problem("11112222333"));
  EXPECT_TRUE(account_id_problem("1111222233334"));
  EXPECT_TRUE(account_id_problem("11112222333a"));
  EXPECT_TRUE(account_id_problem(""));
}

TEST(Identifiers, OrgVpcEndpointAlias) {
  EXPECT_EQ(org_id_problem("o-a1b2c3d4e5"), std::nullopt);
  EXPECT_TRUE(org_id_problem("o-short"));
  EXPECT_TRUE(org_id_problem("a1b2c3d4e5f6"));
  EXPECT_TRUE(org_id_problem("o-A1B2C3D4E5"));
  EXPECT_EQ(vpc_id_problem("vpc-0a1b2c3d"), std::nullopt);
  EXPECT_EQ(vpc_id_problem("vpc-0123456789abcdef0"), std::nullopt);
  EXPECT_TRUE(vpc_id_problem("vpc-123"));
  EXPECT_TRUE(vpc_id_problem("vpce-1a2b3c4d"));
  EXPECT_EQ(vpc_endpoint_id_problem("vpce-1a2b3c4d"), std::nullopt);
  EXPECT_TRUE(vpc_endpoint_id_problem("vpce-1A2B3C4D"));
  EXPECT_TRUE(vpc_endpoint_id_problem("vpc-1a2b3c4d"));
  EXPECT_EQ(kms_alias_problem("alias/patient-records"), std::nullopt);
  EXPECT_EQ(kms_alias_problem("alias/team/app_key-1"), std::nullopt);
  EXPECT_TRUE(kms_alias_problem("patient-records"));
  EXPECT_TRUE(kms_alias_problem("alias/"));
  EXPECT_TRUE(kms_alias_problem("alias/aws/s3"));
  EXPECT_TRUE(kms_alias_problem("alias/with space"));
}

TEST(Identifiers, Regions) {
  for (const char* r : {"us-east-1", "eu-west-2", "us-gov-west-1", "ap-southeast-7", "eusc-de-east-1"}) {
    EXPECT_EQ(region_problem(r), std::nullopt) << r;
    EXPECT_TRUE(is_known_region(r)) << r;
  }
  for (const char* r : {"us-east", "US-EAST-1", "useast1", "us-east-1a", "-east-1"})
    EXPECT_TRUE(region_problem(r)) << r;
  EXPECT_EQ(region_problem("xx-nowhere-9"), std::nullopt);
  EXPECT_FALSE(is_known_region("xx-nowhere-9"));
}

TEST(Identifiers, TlsVersions) {
  for (const char* v : {"1.0", "1.1", "1.2", "1.3", "1"}) EXPECT_EQ(tls_version_problem(v), std::nullopt) << v;
  for (const char* v : {"1.4", "0.9", "2", "12", "v1.2", "1.", ""}) EXPECT_TRUE(tls_version_problem(v)) << v;
}

TEST(Identifiers, ServicePrincipalsAndConditionKeys) {
  EXPECT_EQ(service_principal_problem("logging.s3.amazonaws.com"), std::nullopt);
  EXPECT_EQ(service_principal_problem("cloudfront.amazonaws.com"), std::nullopt);
  EXPECT_TRUE(service_principal_problem("logging.s3.example.com"));
  EXPECT_TRUE(service_principal_problem("Logging.S3.amazonaws.com"));
  EXPECT_EQ(condition_key_problem("aws:SourceIp"), std::nullopt);
  EXPECT_EQ(condition_key_problem("s3:ExistingObjectTag/Cost Center"), std::nullopt);
  EXPECT_EQ(condition_key_problem("kms:EncryptionContext:aws:s3:arn"), std::nullopt);
  EXPECT_TRUE(condition_key_problem("SourceIp"));
  EXPECT_TRUE(condition_key_problem("aws:"));
  EXPECT_TRUE(condition_key_problem("aws:Source Ip"));
}

TEST(Identifiers, VaultNames) {
  EXPECT_EQ(vault_name_problem("acme-claims_archive.1"), std::nullopt);
  EXPECT_TRUE(vault_name_problem(""));
  EXPECT_TRUE(vault_name_problem("acme archive"));
}

TEST(Arns, ParseKeepsColonsInResource) {
  const auto arn = parse_arn("arn:aws:lambda:us-east-1:111122223333:function:ingest:live");
  ASSERT_TRUE(arn);
  EXPECT_EQ(arn->service, "lambda");
  EXPECT_EQ(arn->region, "us-east-1");
  EXPECT_EQ(arn->account, "111122223333");
  EXPECT_EQ(arn->resource, "function:ingest:live");
  EXPECT_FALSE(parse_arn("arn:aws:s3"));
  EXPECT_FALSE(parse_arn("not-an-arn"));
}

TEST(Arns, ValidByService) {
  const std::pair<const char*, ArnKind> valid[] = {
      {"arn:aws:iam::111122223333:role/SecurityAdmin", ArnKind::IamRole},
      {"arn:aws:iam::111122223333:role/service-role/Ingest", ArnKind::IamRole},
      {"arn:aws:sts::111122223333:assumed-role/Admin/alice", ArnKind::IamRole},
      {"arn:aws:iam::111122223333:user/alice", ArnKind::IamUser},
      {"arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", ArnKind::KmsKey},
      {"arn:aws:kms:us-east-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab", ArnKind::KmsKey},
      {"arn:aws:sns:us-east-1:111122223333:alerts", ArnKind::SnsTopic},
      {"arn:aws:sqs:us-east-1:111122223333:ingest.fifo", ArnKind::SqsQueue},
      {"arn:aws:lambda:us-east-1:111122223333:function:thumbnail", ArnKind::LambdaFunction},
      {"arn:aws:lambda:us-east-1:111122223333:function:thumbnail:live", ArnKind::LambdaFunction},
      {"arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE", ArnKind::CloudFrontDistribution},
      {"arn:aws-us-gov:iam::111122223333:role/Admin", ArnKind::IamRole},
  };
  for (const auto& [arn, kind] : valid) EXPECT_EQ(arn_problem(arn, kind), std::nullopt) << arn;
}

TEST(Arns, InvalidByService) {
  const std::tuple<const char*, ArnKind, const char*> invalid[] = {
      {"arn:aws:iam::111122223333:user/alice", ArnKind::IamRole, ":role/"},
      {"arn:aws:iam::11112222333:role/Admin", ArnKind::IamRole, "account"},
      {"arn:aws:iam:us-east-1:111122223333:role/Admin", ArnKind::IamRole, "empty region"},
      {"arn:aws:s3:::bucket", ArnKind::IamRole, "`s3` ARN"},
      {"arn:aws:kms:us-east-1:111122223333:alias/records", ArnKind::KmsKey, "alias"},
      {"arn:aws:kms:us-east-1:111122223333:key/not-a-key", ArnKind::KmsKey, "key id"},
      {"arn:aws:kms::111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab", ArnKind::KmsKey, "region"},
      {"arn:aws:sqs:us-east-1:111122223333:ingest", ArnKind::SnsTopic, "`sqs` ARN"},
      {"arn:aws:sqs:us-east-1:111122223333:bad/name", ArnKind::SqsQueue, "queue name"},
      {"arn:aws:lambda:us-east-1:111122223333:thumbnail", ArnKind::LambdaFunction, ":function:"},
      {"arn:aws:cloudfront::111122223333:distribution/lower", ArnKind::CloudFrontDistribution, "distribution"},
      {"arn:nope:iam::111122223333:role/Admin", ArnKind::IamRole, "partition"},
      {"role/Admin", ArnKind::IamRole, "not an ARN"},
  };
  for (const auto& [arn, kind, fragment] : invalid) {
    const auto problem = arn_problem(arn, kind);
    ASSERT_TRUE(problem) << arn;
    EXPECT_NE(problem->find(fragment), std::string::npos) << arn << ": " << *problem;
  }
  EXPECT_TRUE(is_kms_alias_arn("arn:aws:kms:us-east-1:111122223333:alias/records"));
  EXPECT_FALSE(is_kms_alias_arn("arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"));
}

TEST(Cidrs, ParsesIpv4AndIpv6) {
  for (const char* c : {"203.0.113.0/24", "203.0.113.7", "0.0.0.0/0", "2001:db8::/32", "::1", "::/0",
                        "2001:db8:0:0:0:0:0:1/128", "::ffff:192.0.2.1/128"})
    EXPECT_EQ(cidr_problem(c), std::nullopt) << c;
  for (const char* c : {"203.0.113.0/33", "256.0.0.1", "203.0.113/24", "010.0.0.1", "2001:db8::/129", "2001:::1",
                        "1:2:3:4:5:6:7:8:9", "example.com", "", "203.0.113.0/"})
    EXPECT_TRUE(cidr_problem(c)) << c;
  EXPECT_NE(cidr_problem("10.0.0.0/40")->find("prefix length"), std::string::npos);
  const auto v6 = parse_cidr("2001:db8::1/64");
  ASSERT_TRUE(v6);
  EXPECT_TRUE(v6->v6);
  EXPECT_EQ(v6->prefix, 64);
  EXPECT_EQ(v6->bytes[0], 0x20);
  EXPECT_EQ(v6->bytes[15], 0x01);
  EXPECT_EQ(parse_cidr("203.0.113.7")->prefix, 32);
}

TEST(Cidrs, PrivateRanges) {
  for (const char* c : {"10.0.0.0/8", "10.1.2.0/24", "172.16.0.0/12", "172.31.255.255", "192.168.1.0/24",
                        "100.64.0.0/10", "127.0.0.1", "169.254.169.254", "fd00::/8", "fe80::1", "::1"})
    EXPECT_TRUE(private_range(*parse_cidr(c))) << c;
  for (const char* c : {"203.0.113.0/24", "0.0.0.0/0", "8.0.0.0/7", "172.32.0.0/16", "172.0.0.0/8", "2001:db8::/32"})
    EXPECT_FALSE(private_range(*parse_cidr(c))) << c;
  EXPECT_EQ(*private_range(*parse_cidr("10.0.0.0/16")), "RFC 1918 private");
}

}  // namespace
}  // namespace bslc::check
