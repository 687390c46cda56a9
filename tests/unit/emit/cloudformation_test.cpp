// CloudFormation emitter: structure of template.yaml / template.json read back
// with yaml-cpp and nlohmann, warnings and README steps for what CloudFormation
// cannot express, determinism.
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <nlohmann/json.hpp>

#include "emit/emit.h"
#include "fixtures.h"

namespace bslc::emit {
namespace {

using nlohmann::json;

struct Emitted {
  Files files;
  std::vector<diag::Diagnostic> diags;
};

Emitted emit_full(Format format) {
  const ir::Model model = testing::full_model();
  diag::DiagnosticSink sink;
  Files files = emit_cloudformation(model, testing::full_docs(model), format, sink);
  return {std::move(files), sink.take()};
}

const diag::Diagnostic* find_diag(const std::vector<diag::Diagnostic>& diags, diag::Code code) {
  for (const auto& d : diags)
    if (d.code == code) return &d;
  return nullptr;
}

class CloudFormationYaml : public ::testing::Test {
 protected:
  void SetUp() override {
    emitted_ = emit_full(Format::Native);
    ASSERT_TRUE(emitted_.files.count("template.yaml"));
    tmpl_ = YAML::Load(emitted_.files.at("template.yaml"));
  }
  YAML::Node resource(const std::string& id) const { return tmpl_["Resources"][id]; }
  YAML::Node props(const std::string& id) const { return tmpl_["Resources"][id]["Properties"]; }
  Emitted emitted_;
  YAML::Node tmpl_;
};

TEST_F(CloudFormationYaml, WritesTheExpectedFiles) {
  std::vector<std::string> names;
  for (const auto& [name, text] : emitted_.files) names.push_back(name);
  EXPECT_EQ(names, (std::vector<std::string>{"README.md", "template.yaml", "vault-lock-archive.json"}));
  EXPECT_EQ(tmpl_["AWSTemplateFormatVersion"].as<std::string>(), "2010-09-09");
}

TEST_F(CloudFormationYaml, ResourcesHaveLogicalIdsFromTheNamingModule) {
  std::vector<std::pair<std::string, std::string>> expected = {
      {"RecordsKey", "AWS::KMS::Key"},
      {"RecordsKeyAlias", "AWS::KMS::Alias"},
      {"RecordsBucket", "AWS::S3::Bucket"},
      {"RecordsBucketPolicy", "AWS::S3::BucketPolicy"},
      {"RecordsTrail", "AWS::CloudTrail::Trail"},
      {"LogsBucket", "AWS::S3::Bucket"},
      {"LogsBucketPolicy", "AWS::S3::BucketPolicy"},
      {"AuditLogsBucket", "AWS::S3::Bucket"},
      {"AuditLogsBucketPolicy", "AWS::S3::BucketPolicy"},
      {"ExportsBucket", "AWS::S3::Bucket"},
      {"ExportsBucketPolicy", "AWS::S3::BucketPolicy"},
      {"ExportsTrail", "AWS::CloudTrail::Trail"},
      {"PartnerCopyBucket", "AWS::S3::Bucket"},
      {"PartnerCopyBucketPolicy", "AWS::S3::BucketPolicy"},
  };  // no vault: CloudFormation has no Glacier resource type
  std::vector<std::pair<std::string, std::string>> actual;
  for (const auto& kv : tmpl_["Resources"])
    actual.emplace_back(kv.first.as<std::string>(), kv.second["Type"].as<std::string>());
  EXPECT_EQ(actual, expected);  // also checks the order
}

TEST_F(CloudFormationYaml, BucketCarriesEveryBucketLevelSetting) {
  const YAML::Node p = props("RecordsBucket");
  EXPECT_EQ(p["BucketName"].as<std::string>(), "acme-patient-records");
  const YAML::Node rule = p["BucketEncryption"]["ServerSideEncryptionConfiguration"][0];
  EXPECT_EQ(rule["ServerSideEncryptionByDefault"]["SSEAlgorithm"].as<std::string>(), "aws:kms");
  EXPECT_EQ(rule["ServerSideEncryptionByDefault"]["KMSMasterKeyID"].Tag(), "!GetAtt");
  EXPECT_EQ(rule["ServerSideEncryptionByDefault"]["KMSMasterKeyID"].as<std::string>(), "RecordsKey.Arn");
  EXPECT_TRUE(rule["BucketKeyEnabled"].as<bool>());
  for (const char* flag : {"BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"})
    EXPECT_TRUE(p["PublicAccessBlockConfiguration"][flag].as<bool>()) << flag;
  EXPECT_EQ(p["OwnershipControls"]["Rules"][0]["ObjectOwnership"].as<std::string>(), "BucketOwnerEnforced");
  EXPECT_EQ(p["VersioningConfiguration"]["Status"].as<std::string>(), "Enabled");
  EXPECT_FALSE(p["VersioningConfiguration"]["MfaDelete"]);  // no such property
  EXPECT_TRUE(p["ObjectLockEnabled"].as<bool>());
  EXPECT_EQ(p["ObjectLockConfiguration"]["ObjectLockEnabled"].as<std::string>(), "Enabled");
  EXPECT_EQ(p["ObjectLockConfiguration"]["Rule"]["DefaultRetention"]["Mode"].as<std::string>(), "COMPLIANCE");
  EXPECT_EQ(p["ObjectLockConfiguration"]["Rule"]["DefaultRetention"]["Years"].as<int>(), 7);
  EXPECT_FALSE(p["ObjectLockConfiguration"]["Rule"]["DefaultRetention"]["Days"]);
  EXPECT_EQ(p["LoggingConfiguration"]["DestinationBucketName"].Tag(), "!Ref");
  EXPECT_EQ(p["LoggingConfiguration"]["DestinationBucketName"].as<std::string>(), "LogsBucket");
  EXPECT_EQ(p["LoggingConfiguration"]["LogFilePrefix"].as<std::string>(), "records/");
  const YAML::Node cors = p["CorsConfiguration"]["CorsRules"][0];
  EXPECT_EQ(cors["Id"].as<std::string>(), "portal");
  EXPECT_EQ(cors["AllowedMethods"].as<std::vector<std::string>>(), (std::vector<std::string>{"GET", "PUT"}));
  EXPECT_EQ(cors["AllowedOrigins"][0].as<std::string>(), "https://portal.example.com");
  EXPECT_EQ(cors["ExposedHeaders"][0].as<std::string>(), "ETag");
  EXPECT_EQ(cors["MaxAge"].as<int>(), 3000);
  const YAML::Node n = p["NotificationConfiguration"];
  EXPECT_TRUE(n["EventBridgeConfiguration"]["EventBridgeEnabled"].as<bool>());
  EXPECT_EQ(n["QueueConfigurations"][0]["Queue"].as<std::string>(), "arn:aws:sqs:us-east-1:111122223333:ingest");
  EXPECT_EQ(n["QueueConfigurations"][0]["Filter"]["S3Key"]["Rules"][0]["Name"].as<std::string>(), "prefix");
  EXPECT_EQ(n["QueueConfigurations"][0]["Filter"]["S3Key"]["Rules"][0]["Value"].as<std::string>(), "incoming/");
  EXPECT_EQ(n["TopicConfigurations"][0]["Event"].as<std::string>(), "s3:ObjectRemoved:*");
  EXPECT_EQ(n["TopicConfigurations"][0]["Filter"]["S3Key"]["Rules"][0]["Name"].as<std::string>(), "suffix");
  EXPECT_EQ(n["LambdaConfigurations"][0]["Function"].as<std::string>(),
            "arn:aws:lambda:us-east-1:111122223333:function:scan");
  EXPECT_EQ(n["LambdaConfigurations"][0]["Filter"]["S3Key"]["Rules"].size(), 2u);
  EXPECT_EQ(resource("RecordsBucket")["DeletionPolicy"].as<std::string>(), "Retain");
  EXPECT_EQ(resource("RecordsBucket")["UpdateReplacePolicy"].as<std::string>(), "Retain");
}

TEST_F(CloudFormationYaml, OtherEncryptionOwnershipAndAccessVariants) {
  const YAML::Node exports = props("ExportsBucket");
  const YAML::Node by_default =
      exports["BucketEncryption"]["ServerSideEncryptionConfiguration"][0]["ServerSideEncryptionByDefault"];
  EXPECT_EQ(by_default["SSEAlgorithm"].as<std::string>(), "aws:kms:dsse");
  EXPECT_FALSE(by_default["KMSMasterKeyID"]);  // AWS-managed key
  EXPECT_EQ(exports["OwnershipControls"]["Rules"][0]["ObjectOwnership"].as<std::string>(), "ObjectWriter");
  EXPECT_FALSE(exports["PublicAccessBlockConfiguration"]["BlockPublicAcls"].as<bool>());
  EXPECT_TRUE(exports["PublicAccessBlockConfiguration"]["BlockPublicPolicy"].as<bool>());
  EXPECT_EQ(exports["ObjectLockConfiguration"]["Rule"]["DefaultRetention"]["Days"].as<int>(), 30);
  EXPECT_EQ(exports["ObjectLockConfiguration"]["Rule"]["DefaultRetention"]["Mode"].as<std::string>(), "GOVERNANCE");

  const YAML::Node partner = props("PartnerCopyBucket");
  EXPECT_EQ(partner["BucketEncryption"]["ServerSideEncryptionConfiguration"][0]["ServerSideEncryptionByDefault"]
                   ["KMSMasterKeyID"]
                       .as<std::string>(),
            "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab");
  EXPECT_EQ(partner["VersioningConfiguration"]["Status"].as<std::string>(), "Suspended");
  EXPECT_FALSE(partner["ObjectLockEnabled"]);

  const YAML::Node logs = props("LogsBucket");
  EXPECT_EQ(
      logs["BucketEncryption"]["ServerSideEncryptionConfiguration"][0]["ServerSideEncryptionByDefault"]["SSEAlgorithm"]
          .as<std::string>(),
      "AES256");
  EXPECT_FALSE(logs["VersioningConfiguration"]);
}

TEST_F(CloudFormationYaml, BucketPolicyRefersToBucketsInTheTemplate) {
  const YAML::Node p = props("RecordsBucketPolicy");
  EXPECT_EQ(p["Bucket"].Tag(), "!Ref");
  EXPECT_EQ(p["Bucket"].as<std::string>(), "RecordsBucket");
  const YAML::Node statements = p["PolicyDocument"]["Statement"];
  EXPECT_EQ(p["PolicyDocument"]["Version"].as<std::string>(), "2012-10-17");
  const YAML::Node deny = statements[0];
  EXPECT_EQ(deny["Sid"].as<std::string>(), "DenyInsecureTransport");
  EXPECT_EQ(deny["Resource"][0].Tag(), "!GetAtt");
  EXPECT_EQ(deny["Resource"][0].as<std::string>(), "RecordsBucket.Arn");
  EXPECT_EQ(deny["Resource"][1].Tag(), "!Sub");
  EXPECT_EQ(deny["Resource"][1].as<std::string>(), "${RecordsBucket.Arn}/*");
  // The condition value stays the string "false", not a YAML boolean.
  EXPECT_EQ(deny["Condition"]["Bool"]["aws:SecureTransport"].as<std::string>(), "false");
  EXPECT_NE(emitted_.files.at("template.yaml").find("aws:SecureTransport: \"false\""), std::string::npos);
  EXPECT_EQ(statements[1]["Resource"].as<std::string>(), "${RecordsBucket.Arn}/exports/*");
  // IAM policy variables inside !Sub are escaped as ${!...}.
  EXPECT_EQ(statements[2]["Resource"].as<std::string>(), "${RecordsBucket.Arn}/home/${!aws:username}/*");
  // The log target's delivery policy names its source bucket by reference too.
  const YAML::Node delivery = props("LogsBucketPolicy")["PolicyDocument"]["Statement"][1];
  EXPECT_EQ(delivery["Principal"]["Service"].as<std::string>(), "logging.s3.amazonaws.com");
  EXPECT_EQ(delivery["Resource"].as<std::string>(), "${LogsBucket.Arn}/records/*");
  EXPECT_EQ(delivery["Condition"]["ArnLike"]["aws:SourceArn"].Tag(), "!GetAtt");
  // No bucket policy spells a bucket ARN literally.
  for (const auto& kv : tmpl_["Resources"]) {
    if (kv.second["Type"].as<std::string>() != "AWS::S3::BucketPolicy") continue;
    YAML::Emitter e;
    e << kv.second;
    EXPECT_EQ(std::string(e.c_str()).find("arn:aws:s3:::"), std::string::npos) << kv.first.as<std::string>();
  }
}

TEST_F(CloudFormationYaml, KmsKeyAliasTrailVaultAndOutputs) {
  const YAML::Node key = props("RecordsKey");
  EXPECT_TRUE(key["EnableKeyRotation"].as<bool>());
  EXPECT_EQ(key["KeyPolicy"]["Statement"][0]["Sid"].as<std::string>(), "EnableAccountAdministration");
  // Literal ARNs in the key policy: a reference would be a dependency cycle.
  EXPECT_EQ(
      key["KeyPolicy"]["Statement"][1]["Condition"]["StringLike"]["kms:EncryptionContext:aws:s3:arn"].as<std::string>(),
      "arn:aws:s3:::acme-patient-records/exports/*");
  EXPECT_EQ(resource("RecordsKey")["DeletionPolicy"].as<std::string>(), "Retain");
  EXPECT_EQ(props("RecordsKeyAlias")["AliasName"].as<std::string>(), "alias/patient-records");
  EXPECT_EQ(props("RecordsKeyAlias")["TargetKeyId"].Tag(), "!Ref");

  const YAML::Node trail = props("RecordsTrail");
  EXPECT_TRUE(trail["IsLogging"].as<bool>());
  EXPECT_EQ(trail["TrailName"].as<std::string>(), "acme-patient-records-data-events");
  EXPECT_EQ(trail["S3BucketName"].Tag(), "!Ref");
  EXPECT_EQ(trail["S3BucketName"].as<std::string>(), "AuditLogsBucket");
  EXPECT_EQ(resource("RecordsTrail")["DependsOn"][0].as<std::string>(), "AuditLogsBucketPolicy");
  const YAML::Node selector = trail["EventSelectors"][0];
  EXPECT_EQ(selector["ReadWriteType"].as<std::string>(), "All");
  EXPECT_FALSE(selector["IncludeManagementEvents"].as<bool>());
  EXPECT_EQ(selector["DataResources"][0]["Type"].as<std::string>(), "AWS::S3::Object");
  EXPECT_EQ(selector["DataResources"][0]["Values"][0].as<std::string>(), "${RecordsBucket.Arn}/");
  EXPECT_EQ(props("ExportsTrail")["S3BucketName"].as<std::string>(), "central-trail-bucket");
  EXPECT_EQ(props("ExportsTrail")["EventSelectors"][0]["ReadWriteType"].as<std::string>(), "WriteOnly");

  EXPECT_FALSE(tmpl_["Resources"]["ArchiveVault"]);

  const YAML::Node outputs = tmpl_["Outputs"];
  EXPECT_EQ(outputs["RecordsBucketName"]["Value"].Tag(), "!Ref");
  EXPECT_EQ(outputs["RecordsBucketArn"]["Value"].as<std::string>(), "RecordsBucket.Arn");
  EXPECT_EQ(outputs["RecordsKeyArn"]["Value"].as<std::string>(), "RecordsKey.Arn");
  EXPECT_FALSE(outputs["LogsKeyArn"]);
}

TEST_F(CloudFormationYaml, WarnsAndWritesStepsForWhatCloudFormationCannotDo) {
  // MFA delete is warned about once, by the checks (W0410); the emitter only writes the step.
  EXPECT_EQ(find_diag(emitted_.diags, diag::Code::W0501), nullptr);
  const auto* vault = find_diag(emitted_.diags, diag::Code::W0502);
  ASSERT_NE(vault, nullptr);
  EXPECT_EQ(vault->loc.span.begin, 300u);
  size_t object_lock_warnings = 0;
  for (const auto& d : emitted_.diags)
    if (d.code == diag::Code::W0503) ++object_lock_warnings;
  EXPECT_EQ(object_lock_warnings, 2u);  // records and exports
  EXPECT_EQ(find_diag(emitted_.diags, diag::Code::W0505), nullptr);

  const std::string& readme = emitted_.files.at("README.md");
  EXPECT_NE(readme.find("aws s3api put-bucket-versioning --bucket acme-patient-records --versioning-configuration "
                        "Status=Enabled,MFADelete=Enabled --mfa \"SERIAL CODE\""),
            std::string::npos);
  EXPECT_NE(
      readme.find("aws glacier create-vault --account-id - --region us-east-1 --vault-name acme-claims-archive\n"),
      std::string::npos);
  EXPECT_NE(readme.find("aws glacier initiate-vault-lock --account-id - --region us-east-1 --vault-name "
                        "acme-claims-archive --policy file://vault-lock-archive.json"),
            std::string::npos);
  EXPECT_NE(readme.find("aws glacier complete-vault-lock --account-id - --region us-east-1 --vault-name "
                        "acme-claims-archive --lock-id LOCK_ID"),
            std::string::npos);
  EXPECT_NE(readme.find("aws s3api put-object-lock-configuration --bucket acme-patient-records "
                        "--object-lock-configuration "
                        "'{\"ObjectLockEnabled\":\"Enabled\",\"Rule\":{\"DefaultRetention\":{\"Mode\":\"COMPLIANCE\","
                        "\"Years\":7}}}'"),
            std::string::npos);
  EXPECT_NE(readme.find("--change-set-type IMPORT --template-body file://template.yaml"), std::string::npos);

  // The vault lock file is what `initiate-vault-lock --policy file://` takes.
  const json lock = json::parse(emitted_.files.at("vault-lock-archive.json"));
  const json policy = json::parse(lock.at("Policy").get<std::string>());
  EXPECT_EQ(policy["Statement"][0]["Action"], "glacier:DeleteArchive");
}

TEST(CloudFormation, JsonFormatUsesLongFormIntrinsics) {
  const Emitted emitted = emit_full(Format::Json);
  ASSERT_TRUE(emitted.files.count("template.json"));
  EXPECT_FALSE(emitted.files.count("template.yaml"));
  const json tmpl = json::parse(emitted.files.at("template.json"));
  const json& resources = tmpl.at("Resources");
  EXPECT_EQ(resources["RecordsBucketPolicy"]["Properties"]["Bucket"], (json{{"Ref", "RecordsBucket"}}));
  const json& deny = resources["RecordsBucketPolicy"]["Properties"]["PolicyDocument"]["Statement"][0];
  EXPECT_EQ(deny["Resource"][0], (json{{"Fn::GetAtt", {"RecordsBucket", "Arn"}}}));
  EXPECT_EQ(deny["Resource"][1], (json{{"Fn::Sub", "${RecordsBucket.Arn}/*"}}));
  EXPECT_EQ(deny["Condition"]["Bool"]["aws:SecureTransport"], "false");
  EXPECT_EQ(resources["RecordsBucket"]["Properties"]["ObjectLockConfiguration"]["Rule"]["DefaultRetention"]["Years"],
            7);
  EXPECT_EQ(resources["RecordsBucket"]["Properties"]["ObjectLockEnabled"], true);
  EXPECT_EQ(tmpl["Outputs"]["RecordsKeyArn"]["Value"], (json{{"Fn::GetAtt", {"RecordsKey", "Arn"}}}));
  EXPECT_NE(emitted.files.at("README.md").find("file://template.json"), std::string::npos);
}

TEST(CloudFormation, MinimalBucketHasSecureDefaultsAndNoManualSteps) {
  const ir::Model model = testing::minimal_model();
  diag::DiagnosticSink sink;
  const Files files = emit_cloudformation(model, testing::minimal_docs(model), Format::Native, sink);
  EXPECT_TRUE(sink.all().empty());
  const YAML::Node p = YAML::Load(files.at("template.yaml"))["Resources"]["DataBucket"]["Properties"];
  EXPECT_EQ(
      p["BucketEncryption"]["ServerSideEncryptionConfiguration"][0]["ServerSideEncryptionByDefault"]["SSEAlgorithm"]
          .as<std::string>(),
      "AES256");
  EXPECT_EQ(p["OwnershipControls"]["Rules"][0]["ObjectOwnership"].as<std::string>(), "BucketOwnerEnforced");
  EXPECT_FALSE(p["VersioningConfiguration"]);
  EXPECT_FALSE(p["LoggingConfiguration"]);
  EXPECT_NE(files.at("README.md").find("None: everything the spec asks for is in the generated files."),
            std::string::npos);
}

TEST(CloudFormation, WarnsWhenBucketsSpanRegions) {
  ir::Model model = testing::minimal_model();
  ir::Bucket other = model.buckets.front();
  other.id = "eu";
  other.name = "acme-eu";
  other.region = "eu-west-1";
  model.buckets.push_back(other);
  diag::DiagnosticSink sink;
  emit_cloudformation(model, lower::Output{}, Format::Native, sink);
  ASSERT_EQ(sink.all().size(), 1u);
  EXPECT_EQ(sink.all()[0].code, diag::Code::W0505);
}

// CloudFormation rejects a template without resources, so a spec with only
// vaults gets the README's manual steps and the lock policy file, no template.
TEST(CloudFormation, OnlyVaultsGiveNoTemplate) {
  const ir::Model full = testing::full_model();
  const lower::Output full_docs = testing::full_docs(full);
  ir::Model model;
  model.vaults = full.vaults;
  lower::Output docs;
  docs.vaults = full_docs.vaults;
  for (Format f : {Format::Native, Format::Json}) {
    diag::DiagnosticSink sink;
    const Files files = emit_cloudformation(model, docs, f, sink);
    std::vector<std::string> names;
    for (const auto& [name, text] : files) names.push_back(name);
    EXPECT_EQ(names, (std::vector<std::string>{"README.md", "vault-lock-archive.json"}));
    const std::string& readme = files.at("README.md");
    EXPECT_EQ(readme.find("aws cloudformation deploy"), std::string::npos);
    EXPECT_NE(readme.find("there is no template"), std::string::npos);
    EXPECT_NE(readme.find("aws glacier initiate-vault-lock"), std::string::npos);
    ASSERT_NE(find_diag(sink.all(), diag::Code::W0502), nullptr);
  }
}

TEST(CloudFormation, OutputIsByteIdenticalAcrossRuns) {
  for (Format f : {Format::Native, Format::Json}) {
    const Emitted a = emit_full(f);
    const Emitted b = emit_full(f);
    EXPECT_EQ(a.files, b.files);
  }
}

}  // namespace
}  // namespace bslc::emit
