// Terraform emitter: main.tf read back with the HCL subset reader (references
// kept as "ref:<traversal>"), main.tf.json with nlohmann; versions.tf pin,
// providers per region, the MFA-delete warning and README step, determinism.
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "emit/emit.h"
#include "emit/hcl_reader.h"
#include "emit/terraform/hcl.h"
#include "fixtures.h"

namespace bslc::emit {
namespace {

using nlohmann::json;

const HclResolver kKeepRefs = [](const std::string& t) { return json("ref:" + t); };

struct Emitted {
  Files files;
  std::vector<diag::Diagnostic> diags;
};

Emitted emit_full(Format format) {
  const ir::Model model = testing::full_model();
  diag::DiagnosticSink sink;
  Files files = emit_terraform(model, testing::full_docs(model), format, sink);
  return {std::move(files), sink.take()};
}

class TerraformHcl : public ::testing::Test {
 protected:
  void SetUp() override {
    emitted_ = emit_full(Format::Native);
    ASSERT_TRUE(emitted_.files.count("main.tf"));
    std::vector<std::string> errors;
    main_ = read_hcl(emitted_.files.at("main.tf"), kKeepRefs, errors);
    ASSERT_TRUE(errors.empty()) << errors.front();
  }
  const HclBlock& resource(const std::string& type, const std::string& name) const {
    for (const auto& b : main_.blocks)
      if (b.type == "resource" && b.labels == std::vector<std::string>{type, name}) return b;
    ADD_FAILURE() << "no resource " << type << "." << name;
    static const HclBlock none;
    return none;
  }
  static const HclBlock& nested(const HclBlock& block, const std::string& type, size_t index = 0) {
    size_t seen = 0;
    for (const auto& b : block.blocks)
      if (b.type == type && seen++ == index) return b;
    ADD_FAILURE() << "no nested block " << type << "[" << index << "]";
    static const HclBlock none;
    return none;
  }
  static json attr(const HclBlock& block, const std::string& name) {
    const json* v = block.attribute(name);
    return v ? *v : json();
  }
  Emitted emitted_;
  HclBlock main_;
};

TEST_F(TerraformHcl, WritesMainVersionsAndReadme) {
  std::vector<std::string> names;
  for (const auto& [name, text] : emitted_.files) names.push_back(name);
  EXPECT_EQ(names, (std::vector<std::string>{"README.md", "main.tf", "root/main.tf", "versions.tf"}));
  std::vector<std::string> errors;
  const HclBlock versions = read_hcl(emitted_.files.at("versions.tf"), kKeepRefs, errors);
  ASSERT_TRUE(errors.empty());
  const HclBlock& providers = versions.blocks.at(0).blocks.at(0);
  EXPECT_EQ(providers.type, "required_providers");
  EXPECT_EQ(attr(providers, "aws"), (json{{"source", "hashicorp/aws"}, {"version", "~> 5.0"}}));
}

TEST_F(TerraformHcl, ResourcesAreTheSplitS3ResourcesInOrder) {
  std::vector<std::string> records;
  for (const auto& b : main_.blocks)
    if (b.type == "resource" && b.labels[1] == "records") records.push_back(b.labels[0]);
  EXPECT_EQ(records, (std::vector<std::string>{
                         "aws_kms_key",
                         "aws_kms_alias",
                         "aws_s3_bucket",
                         "aws_s3_bucket_ownership_controls",
                         "aws_s3_bucket_public_access_block",
                         "aws_s3_bucket_server_side_encryption_configuration",
                         "aws_s3_bucket_versioning",
                         "aws_s3_bucket_object_lock_configuration",
                         "aws_s3_bucket_logging",
                         "aws_s3_bucket_cors_configuration",
                         "aws_s3_bucket_notification",
                         "aws_s3_bucket_policy",
                         "aws_cloudtrail",
                     }));
  // A module: the provider is configured by its caller (root/main.tf here).
  for (const auto& b : main_.blocks) EXPECT_NE(b.type, "provider");
  std::vector<std::string> errors;
  const HclBlock root = read_hcl(emitted_.files.at("root/main.tf"), kKeepRefs, errors);
  ASSERT_TRUE(errors.empty());
  const auto provider =
      std::find_if(root.blocks.begin(), root.blocks.end(), [](const HclBlock& b) { return b.type == "provider"; });
  ASSERT_NE(provider, root.blocks.end());
  EXPECT_EQ(attr(*provider, "allowed_account_ids"), json::array({"111122223333"}));
  const auto module =
      std::find_if(root.blocks.begin(), root.blocks.end(), [](const HclBlock& b) { return b.type == "module"; });
  ASSERT_NE(module, root.blocks.end());
  EXPECT_EQ(attr(*module, "source"), "../");
}

TEST_F(TerraformHcl, BucketAndItsConfigurationResources) {
  const HclBlock& bucket = resource("aws_s3_bucket", "records");
  EXPECT_EQ(attr(bucket, "bucket"), "acme-patient-records");
  EXPECT_EQ(bucket.attribute("object_lock_enabled"), nullptr);  // set by the lock configuration instead

  const HclBlock& sse = resource("aws_s3_bucket_server_side_encryption_configuration", "records");
  EXPECT_EQ(attr(sse, "bucket"), "ref:aws_s3_bucket.records.id");
  const HclBlock& rule = nested(sse, "rule");
  EXPECT_EQ(attr(rule, "bucket_key_enabled"), true);
  EXPECT_EQ(attr(nested(rule, "apply_server_side_encryption_by_default"), "sse_algorithm"), "aws:kms");
  EXPECT_EQ(attr(nested(rule, "apply_server_side_encryption_by_default"), "kms_master_key_id"),
            "ref:aws_kms_key.records.arn");

  const HclBlock& pab = resource("aws_s3_bucket_public_access_block", "exports");
  EXPECT_EQ(attr(pab, "block_public_acls"), false);
  EXPECT_EQ(attr(pab, "block_public_policy"), true);
  EXPECT_EQ(attr(nested(resource("aws_s3_bucket_ownership_controls", "exports"), "rule"), "object_ownership"),
            "ObjectWriter");
  EXPECT_EQ(attr(nested(nested(resource("aws_s3_bucket_server_side_encryption_configuration", "exports"), "rule"),
                        "apply_server_side_encryption_by_default"),
                 "sse_algorithm"),
            "aws:kms:dsse");

  const HclBlock& versioning = resource("aws_s3_bucket_versioning", "records");
  EXPECT_EQ(attr(nested(versioning, "versioning_configuration"), "status"), "Enabled");
  EXPECT_EQ(attr(nested(versioning, "versioning_configuration"), "mfa_delete"), "Enabled");
  EXPECT_EQ(attr(versioning, "mfa"), "ref:var.root_mfa");
  EXPECT_EQ(attr(nested(resource("aws_s3_bucket_versioning", "partner_copy"), "versioning_configuration"), "status"),
            "Suspended");

  const HclBlock& lock = resource("aws_s3_bucket_object_lock_configuration", "records");
  EXPECT_EQ(attr(lock, "object_lock_enabled"), "Enabled");
  EXPECT_EQ(attr(nested(nested(lock, "rule"), "default_retention"), "mode"), "COMPLIANCE");
  EXPECT_EQ(attr(nested(nested(lock, "rule"), "default_retention"), "years"), 7);
  EXPECT_EQ(attr(lock, "depends_on"), json::array({"ref:aws_s3_bucket_versioning.records"}));

  const HclBlock& logging = resource("aws_s3_bucket_logging", "records");
  EXPECT_EQ(attr(logging, "target_bucket"), "ref:aws_s3_bucket.logs.id");
  EXPECT_EQ(attr(logging, "target_prefix"), "records/");
  EXPECT_EQ(attr(logging, "depends_on"), json::array({"ref:aws_s3_bucket_policy.logs"}));

  const HclBlock& cors = nested(resource("aws_s3_bucket_cors_configuration", "records"), "cors_rule");
  EXPECT_EQ(attr(cors, "allowed_methods"), json::array({"GET", "PUT"}));
  EXPECT_EQ(attr(cors, "expose_headers"), json::array({"ETag"}));
  EXPECT_EQ(attr(cors, "max_age_seconds"), 3000);

  const HclBlock& notify = resource("aws_s3_bucket_notification", "records");
  EXPECT_EQ(attr(notify, "eventbridge"), true);
  EXPECT_EQ(attr(nested(notify, "queue"), "queue_arn"), "arn:aws:sqs:us-east-1:111122223333:ingest");
  EXPECT_EQ(attr(nested(notify, "queue"), "events"), json::array({"s3:ObjectCreated:*"}));
  EXPECT_EQ(attr(nested(notify, "queue"), "filter_prefix"), "incoming/");
  EXPECT_EQ(attr(nested(notify, "topic"), "filter_suffix"), ".pdf");
  EXPECT_EQ(attr(nested(notify, "lambda_function"), "lambda_function_arn"),
            "arn:aws:lambda:us-east-1:111122223333:function:scan");
}

TEST_F(TerraformHcl, PolicyKeyTrailVaultAndOutputs) {
  const HclBlock& policy = resource("aws_s3_bucket_policy", "records");
  EXPECT_EQ(attr(policy, "depends_on"), json::array({"ref:aws_s3_bucket_public_access_block.records"}));
  const json doc = attr(policy, "policy");  // jsonencode(x) reads back as x
  EXPECT_EQ(doc["Statement"][0]["Resource"],
            json::array({"ref:aws_s3_bucket.records.arn", "ref:aws_s3_bucket.records.arn/*"}));
  EXPECT_EQ(doc["Statement"][2]["Resource"], "ref:aws_s3_bucket.records.arn/home/${aws:username}/*");
  const std::string& text = emitted_.files.at("main.tf");
  EXPECT_NE(text.find("policy = jsonencode({"), std::string::npos);
  EXPECT_NE(text.find("\"${aws_s3_bucket.records.arn}/home/$${aws:username}/*\""), std::string::npos);
  EXPECT_NE(text.find("say \\\"hi\\\" \\\\ %%{if x} $${y} $"), std::string::npos);

  const HclBlock& key = resource("aws_kms_key", "records");
  EXPECT_EQ(attr(key, "enable_key_rotation"), true);
  EXPECT_EQ(attr(key, "policy")["Statement"][1]["Condition"]["StringLike"]["kms:EncryptionContext:aws:s3:arn"],
            "ref:aws_s3_bucket.records.arn/exports/*");
  EXPECT_EQ(attr(resource("aws_kms_alias", "records"), "name"), "alias/patient-records");
  EXPECT_EQ(attr(resource("aws_kms_alias", "records"), "target_key_id"), "ref:aws_kms_key.records.key_id");

  const HclBlock& trail = resource("aws_cloudtrail", "records");
  EXPECT_EQ(attr(trail, "name"), "acme-patient-records-data-events");
  EXPECT_EQ(attr(trail, "s3_bucket_name"), "ref:aws_s3_bucket.audit_logs.id");
  EXPECT_EQ(attr(trail, "depends_on"), json::array({"ref:aws_s3_bucket_policy.audit_logs"}));
  const HclBlock& selector = nested(trail, "event_selector");
  EXPECT_EQ(attr(selector, "read_write_type"), "All");
  EXPECT_EQ(attr(nested(selector, "data_resource"), "values"), json::array({"ref:aws_s3_bucket.records.arn/"}));
  EXPECT_EQ(attr(resource("aws_cloudtrail", "exports"), "s3_bucket_name"), "central-trail-bucket");

  EXPECT_EQ(attr(resource("aws_glacier_vault", "archive"), "name"), "acme-claims-archive");
  const HclBlock& lock = resource("aws_glacier_vault_lock", "archive");
  EXPECT_EQ(attr(lock, "vault_name"), "ref:aws_glacier_vault.archive.name");
  EXPECT_EQ(attr(lock, "complete_lock"), true);
  EXPECT_EQ(attr(lock, "policy")["Statement"][0]["Resource"], "ref:aws_glacier_vault.archive.arn");

  std::map<std::string, json> outputs;
  for (const auto& b : main_.blocks)
    if (b.type == "output") outputs[b.labels[0]] = attr(b, "value");
  EXPECT_EQ(outputs["records_bucket_name"], "ref:aws_s3_bucket.records.bucket");
  EXPECT_EQ(outputs["records_bucket_arn"], "ref:aws_s3_bucket.records.arn");
  EXPECT_EQ(outputs["records_key_arn"], "ref:aws_kms_key.records.arn");
  EXPECT_EQ(outputs["archive_vault_arn"], "ref:aws_glacier_vault.archive.arn");
  EXPECT_EQ(outputs.count("logs_key_arn"), 0u);
}

TEST_F(TerraformHcl, MfaDeleteWarnsAndAsksForTheRootUsersCode) {
  ASSERT_EQ(emitted_.diags.size(), 1u);
  EXPECT_EQ(emitted_.diags[0].code, diag::Code::W0504);
  EXPECT_EQ(emitted_.diags[0].loc.span.begin, 50u);
  const HclBlock* variable = nullptr;
  for (const auto& b : main_.blocks)
    if (b.type == "variable" && b.labels[0] == "root_mfa") variable = &b;
  ASSERT_NE(variable, nullptr);
  EXPECT_EQ(attr(*variable, "sensitive"), true);
  EXPECT_EQ(attr(*variable, "type"), "ref:string");  // a bare type keyword
  EXPECT_NE(emitted_.files.at("README.md").find("terraform apply -var 'root_mfa=SERIAL CODE'"), std::string::npos);
}

TEST(Terraform, JsonSyntaxEscapesTemplatesAndKeepsMetaArgumentsPlain) {
  const Emitted emitted = emit_full(Format::Json);
  ASSERT_TRUE(emitted.files.count("main.tf.json"));
  ASSERT_TRUE(emitted.files.count("versions.tf.json"));
  EXPECT_FALSE(emitted.files.count("main.tf"));
  const json main = json::parse(emitted.files.at("main.tf.json"));
  const json& resources = main.at("resource");
  EXPECT_EQ(resources["aws_s3_bucket"]["records"]["bucket"], "acme-patient-records");
  EXPECT_EQ(resources["aws_s3_bucket_versioning"]["records"]["bucket"], "${aws_s3_bucket.records.id}");
  EXPECT_EQ(resources["aws_s3_bucket_policy"]["records"]["depends_on"],
            json::array({"aws_s3_bucket_public_access_block.records"}));
  const std::string policy = resources["aws_s3_bucket_policy"]["records"]["policy"];
  EXPECT_EQ(policy.rfind("${jsonencode({", 0), 0u);
  EXPECT_NE(policy.find("\"${aws_s3_bucket.records.arn}/home/$${aws:username}/*\""), std::string::npos);
  EXPECT_EQ(resources["aws_s3_bucket_cors_configuration"]["records"]["cors_rule"]["allowed_methods"],
            json::array({"GET", "PUT"}));
  // Two queue/topic/lambda blocks of different types: one object each.
  EXPECT_TRUE(resources["aws_s3_bucket_notification"]["records"]["queue"].is_object());
  EXPECT_EQ(main["variable"]["root_mfa"]["type"], "string");
  const json versions = json::parse(emitted.files.at("versions.tf.json"));
  EXPECT_EQ(versions["terraform"]["required_providers"]["aws"]["version"], "~> 5.0");
}

TEST(Terraform, EachRegionGetsAProviderAndItsResourcesUseIt) {
  ir::Model model = testing::minimal_model();
  ir::Bucket eu = model.buckets.front();
  eu.id = "eu";
  eu.name = "acme-eu";
  eu.region = "eu-west-1";
  model.buckets.push_back(eu);
  diag::DiagnosticSink sink;
  const Files files = emit_terraform(model, lower::Output{}, Format::Native, sink);
  EXPECT_TRUE(sink.all().empty());
  std::vector<std::string> errors;
  const HclBlock main = read_hcl(files.at("main.tf"), kKeepRefs, errors);
  ASSERT_TRUE(errors.empty());
  // The module expects the second region's provider from its caller; root/ passes it.
  EXPECT_NE(files.at("versions.tf").find("configuration_aliases = [aws.eu_west_1]"), std::string::npos)
      << files.at("versions.tf");
  // root/main.tf holds a module call's `providers` map, which the HCL subset reader does not read: check the text.
  const std::string& root = files.at("root/main.tf");
  EXPECT_NE(root.find("provider \"aws\" {\n  region              = var.region\n"), std::string::npos) << root;
  EXPECT_NE(
      root.find("provider \"aws\" {\n  alias               = \"eu_west_1\"\n  region              = \"eu-west-1\"\n"),
      std::string::npos)
      << root;
  EXPECT_NE(files.at("root/main.tf").find("aws.eu_west_1 = aws.eu_west_1"), std::string::npos);
  for (const auto& b : main.blocks) {
    if (b.type != "resource") continue;
    const json* provider = b.attribute("provider");
    if (b.labels[1] == "eu") {
      ASSERT_NE(provider, nullptr) << b.labels[0];
      EXPECT_EQ(*provider, "ref:aws.eu_west_1");
    } else {
      EXPECT_EQ(provider, nullptr) << b.labels[0];
    }
  }
}

TEST(Terraform, HclTemplateWriterInterpolatesADollarBeforeAReference) {
  // A literal `$` right before "${" would otherwise read as the `$${` escape.
  const Value v =
      Value::parts({TextPart{"cost$", {}}, TextPart{"", Ref{"aws_s3_bucket.a", "arn"}}, TextPart{"${x}", {}}});
  const std::string hcl = tf::hcl_expression(v, false);
  EXPECT_EQ(hcl, "\"cost${\"$\"}${aws_s3_bucket.a.arn}$${x}\"");
  std::vector<std::string> errors;
  const HclBlock read = read_hcl("v = " + hcl, kKeepRefs, errors);
  ASSERT_TRUE(errors.empty());
  EXPECT_EQ(*read.attribute("v"), "cost$ref:aws_s3_bucket.a.arn${x}");
}

TEST(Terraform, OutputIsByteIdenticalAcrossRuns) {
  for (Format f : {Format::Native, Format::Json}) EXPECT_EQ(emit_full(f).files, emit_full(f).files);
}

}  // namespace
}  // namespace bslc::emit
