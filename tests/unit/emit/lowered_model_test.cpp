// The same checks on documents from the real lowering (lower::lower) rather
// than hand-written ones: the IaC policies equal the JSON policies, and the
// validators accept the result. Catches statement shapes the fixtures lack.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "emit/emit.h"
#include "emit/readback.h"
#include "fixtures.h"
#include "lower/lower.h"
#include "validators.h"

namespace bslc::emit {
namespace {

using nlohmann::json;

void expect_consistent(const lower::Output& docs, const Readback& read, const std::string& target) {
  EXPECT_TRUE(read.errors.empty()) << target << ": " << (read.errors.empty() ? "" : read.errors.front());
  for (const auto& out : docs.buckets) {
    if (out.bucket_policy.document.statements.empty()) continue;
    auto it = read.bucket_policies.find(out.bucket_id);
    ASSERT_NE(it, read.bucket_policies.end()) << target << ": " << out.bucket_id;
    EXPECT_EQ(it->second, testing::policy_json(out.bucket_policy.document)) << target << ": " << out.bucket_id;
  }
}

TEST(LoweredModel, IacPoliciesEqualTheLoweredJsonPolicies) {
  const ir::Model model = testing::full_model();
  diag::DiagnosticSink lower_sink;
  const lower::Output docs = lower::lower(model, lower_sink);
  ASSERT_EQ(docs.buckets.size(), model.buckets.size());
  for (Format f : {Format::Native, Format::Json}) {
    diag::DiagnosticSink sink;
    expect_consistent(docs, read_cloudformation_policies(model, emit_cloudformation(model, docs, f, sink)),
                      "cloudformation");
    expect_consistent(docs, read_terraform_policies(model, emit_terraform(model, docs, f, sink)), "terraform");
  }
}

TEST(LoweredModel, TemplatesPassTheValidators) {
  const ir::Model model = testing::full_model();
  diag::DiagnosticSink sink;
  const lower::Output docs = lower::lower(model, sink);
  bool ran = false;

  const testing::Tool node = testing::node_executable();
  const testing::Tool modules = testing::cfn_validator_modules();
  if (node.missing.empty() && modules.missing.empty()) {
    const auto dir = testing::scratch_dir("lowered-cloudformation");
    testing::write_files(dir, emit_cloudformation(model, docs, Format::Native, sink));
    std::string out;
    ASSERT_EQ(
        testing::run_command(testing::shell_word(node.path) + " " +
                                 testing::shell_word(std::string(BSLC_SOURCE_DIR) + "/tests/validate/cfn-validate.js") +
                                 " " + testing::shell_word(modules.path) + " " +
                                 testing::shell_word((dir / "template.yaml").string()) + " 2>/dev/null",
                             out),
        0)
        << out;
    for (const auto& d : json::parse(out)["results"][0]["diagnostics"]) {
      const std::string severity = d["severity"];
      EXPECT_TRUE(severity != "ERROR" && severity != "FATAL" && severity != "WARN") << d.dump();
    }
    ran = true;
  }

  const testing::Tool tf = testing::terraform_executable();
  const testing::Tool mirror = testing::provider_mirror();
  if (tf.missing.empty() && mirror.missing.empty()) {
    const auto dir = testing::scratch_dir("lowered-terraform");
    testing::write_files(dir, emit_terraform(model, docs, Format::Native, sink));
    const std::string rc = (dir / "terraform.rc").string();
    testing::write_files(
        dir, {{"terraform.rc", "provider_installation {\n  filesystem_mirror {\n    path    = \"" + mirror.path +
                                   "\"\n    include = [\"registry.terraform.io/hashicorp/aws\"]\n  "
                                   "}\n  direct {\n    exclude = "
                                   "[\"registry.terraform.io/hashicorp/aws\"]\n  }\n}\n"}});
    const std::string prefix = "cd " + testing::shell_word(dir.string()) +
                               " && TF_CLI_CONFIG_FILE=" + testing::shell_word(rc) + " CHECKPOINT_DISABLE=1 " +
                               testing::shell_word(tf.path);
    std::string out;
    ASSERT_EQ(testing::run_command(prefix + " init -backend=false -input=false -no-color", out), 0) << out;
    EXPECT_EQ(testing::run_command(prefix + " validate -no-color", out), 0) << out;
    EXPECT_EQ(testing::run_command(prefix + " fmt -check -diff -no-color", out), 0) << out;
    ran = true;
  }
  if (!ran)
    GTEST_SKIP() << "no validator available: " << node.missing << "; " << modules.missing << "; " << tf.missing << "; "
                 << mirror.missing;
}

}  // namespace
}  // namespace bslc::emit
