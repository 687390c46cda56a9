// The bucket policy inside the CloudFormation template and inside the
// Terraform configuration equals the JSON bucket policy once references are
// resolved to the bucket ARNs (issue: "the targets cannot disagree").
#include <gtest/gtest.h>

#include "emit/emit.h"
#include "emit/readback.h"
#include "fixtures.h"

namespace bslc::emit {
namespace {

using nlohmann::json;

void expect_same_policies(const ir::Model& model, const lower::Output& docs, const Readback& read,
                          const std::string& target) {
  EXPECT_TRUE(read.errors.empty()) << target << ": " << (read.errors.empty() ? "" : read.errors.front());
  size_t expected = 0;
  for (const auto& out : docs.buckets) {
    if (out.bucket_policy.document.statements.empty()) continue;
    ++expected;
    auto it = read.bucket_policies.find(out.bucket_id);
    ASSERT_NE(it, read.bucket_policies.end()) << target << ": no policy for bucket " << out.bucket_id;
    EXPECT_EQ(it->second, testing::policy_json(out.bucket_policy.document))
        << target << " bucket " << out.bucket_id << "\n got: " << it->second.dump(2)
        << "\n want: " << testing::policy_json(out.bucket_policy.document).dump(2);
  }
  EXPECT_EQ(read.bucket_policies.size(), expected) << target;
  (void)model;
}

struct Case {
  std::string name;
  ir::Model model;
  lower::Output docs;
};

std::vector<Case> cases() {
  const ir::Model full = testing::full_model();
  const ir::Model minimal = testing::minimal_model();
  return {{"full", full, testing::full_docs(full)}, {"minimal", minimal, testing::minimal_docs(minimal)}};
}

TEST(Consistency, CloudFormationBucketPoliciesEqualTheJsonPolicies) {
  for (const auto& c : cases()) {
    for (Format f : {Format::Native, Format::Json}) {
      diag::DiagnosticSink sink;
      const Files files = emit_cloudformation(c.model, c.docs, f, sink);
      expect_same_policies(c.model, c.docs, read_cloudformation_policies(c.model, files),
                           "cloudformation/" + c.name + (f == Format::Json ? ".json" : ".yaml"));
    }
  }
}

TEST(Consistency, TerraformBucketPoliciesEqualTheJsonPolicies) {
  for (const auto& c : cases()) {
    for (Format f : {Format::Native, Format::Json}) {
      diag::DiagnosticSink sink;
      const Files files = emit_terraform(c.model, c.docs, f, sink);
      expect_same_policies(c.model, c.docs, read_terraform_policies(c.model, files),
                           "terraform/" + c.name + (f == Format::Json ? ".tf.json" : ".tf"));
    }
  }
}

TEST(Consistency, ReadbackNoticesAPolicyThatDiffers) {
  const ir::Model model = testing::minimal_model();
  lower::Output docs = testing::minimal_docs(model);
  diag::DiagnosticSink sink;
  const Files files = emit_terraform(model, docs, Format::Native, sink);
  docs.buckets[0].bucket_policy.document.statements[0].actions = {"s3:GetObject"};
  const Readback read = read_terraform_policies(model, files);
  ASSERT_EQ(read.bucket_policies.count("data"), 1u);
  EXPECT_NE(read.bucket_policies.at("data"), testing::policy_json(docs.buckets[0].bucket_policy.document));
}

TEST(Consistency, ReadbackReportsMissingFiles) {
  const ir::Model model = testing::minimal_model();
  EXPECT_FALSE(read_cloudformation_policies(model, {}).errors.empty());
  EXPECT_FALSE(read_terraform_policies(model, {}).errors.empty());
}

}  // namespace
}  // namespace bslc::emit
