// Every emitted configuration (its root/, which deploys the module) passes
// `terraform init -backend=false` and `terraform validate` against the hashicorp/aws provider from a local
// filesystem mirror (no network), and `terraform fmt -check`. Terraform's own
// template reader also confirms the HCL escaping. Skipped, with the reason,
// when terraform or the provider mirror is missing.
#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "emit/emit.h"
#include "emit/hcl_escape.h"
#include "fixtures.h"
#include "validators.h"

namespace bslc::emit {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// A CLI config that installs hashicorp/aws only from the mirror, never from
// the registry; plus the environment for a quiet, offline terraform.
std::string terraform_env(const fs::path& dir, const testing::Tool& mirror) {
  const fs::path rc = dir / "terraform.rc";
  std::ofstream(rc) << "provider_installation {\n  filesystem_mirror {\n    path    = \"" << mirror.path
                    << "\"\n    include = [\"registry.terraform.io/hashicorp/aws\"]\n  }\n"
                    << "  direct {\n    exclude = [\"registry.terraform.io/hashicorp/aws\"]\n  }\n}\n";
  return "TF_CLI_CONFIG_FILE=" + testing::shell_word(rc.string()) + " TF_IN_AUTOMATION=1 CHECKPOINT_DISABLE=1 ";
}

TEST(ValidateTerraform, ConfigurationsPassTerraformValidate) {
  const testing::Tool tf = testing::terraform_executable();
  if (!tf.missing.empty()) GTEST_SKIP() << tf.missing;
  const testing::Tool mirror = testing::provider_mirror();
  if (!mirror.missing.empty()) GTEST_SKIP() << mirror.missing;

  struct Case {
    std::string name;
    ir::Model model;
    lower::Output docs;
  };
  ir::Model regions = testing::minimal_model();
  ir::Bucket eu = regions.buckets.front();
  eu.id = "eu";
  eu.name = "acme-eu";
  eu.region = "eu-west-1";
  regions.buckets.push_back(eu);
  const ir::Model full = testing::full_model();
  const ir::Model minimal = testing::minimal_model();
  std::string version;
  testing::run_command("TF_CLI_CONFIG_FILE=/dev/null " + testing::shell_word(tf.path) + " version", version);
  version = version.substr(version.find("Terraform v") == std::string::npos ? 0 : version.find("Terraform v"));
  std::cout << "[ validator ] " << version.substr(0, version.find('\n')) << " at " << tf.path
            << ", hashicorp/aws from the filesystem mirror " << mirror.path << "\n";
  const std::vector<Case> cases = {{"full", full, testing::full_docs(full)},
                                   {"minimal", minimal, testing::minimal_docs(minimal)},
                                   {"regions", regions, testing::minimal_docs(regions)}};
  for (const auto& c : cases) {
    for (Format format : {Format::Native, Format::Json}) {
      diag::DiagnosticSink sink;
      const Files files = emit_terraform(c.model, c.docs, format, sink);
      const fs::path dir = testing::scratch_dir("terraform-" + c.name + (format == Format::Json ? "-json" : "-hcl"));
      testing::write_files(dir, files);
      // root/ configures the providers and calls the module in `dir`, so both are validated.
      const std::string prefix = "cd " + testing::shell_word((dir / "root").string()) + " && " +
                                 terraform_env(dir, mirror) + testing::shell_word(tf.path);
      std::string out;
      ASSERT_EQ(testing::run_command(prefix + " init -backend=false -input=false -no-color", out), 0) << dir << "\n"
                                                                                                      << out;
      ASSERT_EQ(testing::run_command(prefix + " validate -json -no-color", out), 0) << dir << "\n" << out;
      const json report = json::parse(out.substr(out.find('{')));
      EXPECT_TRUE(report["valid"].get<bool>()) << dir << "\n" << out;
      EXPECT_EQ(report["warning_count"], 0) << dir << "\n" << out;
      if (format == Format::Native) {
        EXPECT_EQ(testing::run_command(prefix + " fmt -check -diff -recursive -no-color ..", out), 0) << dir << "\n"
                                                                                                      << out;
      }
    }
  }
}

// Terraform itself reads the escaped strings back to the original text.
TEST(ValidateTerraform, TerraformReadsEscapedStringsBack) {
  const testing::Tool tf = testing::terraform_executable();
  if (!tf.missing.empty()) GTEST_SKIP() << tf.missing;
  const std::vector<std::string> inputs = {
      "${aws:username}", "$${x}", "%{ if true }x%{ endif }", "a\"b\\c", "line1\nline2\ttab\r", "ünï ✓", "$", "%%{",
      "bell\x07"};
  const fs::path dir = testing::scratch_dir("terraform-escapes");
  std::string hcl_lines, json_outputs = "{\"output\": {";
  for (size_t i = 0; i < inputs.size(); ++i) {
    hcl_lines += "output \"hcl" + std::to_string(i) + "\" {\n  value = " + hcl_quote(inputs[i]) + "\n}\n";
    json_outputs += (i ? ", " : "") + json("json" + std::to_string(i)).dump() +
                    ": {\"value\": " + json(tf_json_template_escape(inputs[i])).dump() + "}";
  }
  std::ofstream(dir / "escapes.tf") << hcl_lines;
  std::ofstream(dir / "escapes.tf.json") << json_outputs << "}}\n";
  const std::string prefix = "cd " + testing::shell_word(dir.string()) +
                             " && TF_IN_AUTOMATION=1 CHECKPOINT_DISABLE=1 TF_CLI_CONFIG_FILE=/dev/null " +
                             testing::shell_word(tf.path);
  std::string out;
  // Outputs of constants are known at plan time; no provider is involved.
  ASSERT_EQ(testing::run_command(prefix + " init -backend=false -input=false -no-color", out), 0) << out;
  ASSERT_EQ(testing::run_command(prefix + " plan -refresh=false -input=false -no-color -out=plan.bin", out), 0) << out;
  ASSERT_EQ(testing::run_command(prefix + " show -json plan.bin", out), 0) << out;
  const json plan = json::parse(out.substr(out.find('{')));
  const json& values = plan["planned_values"]["outputs"];
  for (size_t i = 0; i < inputs.size(); ++i) {
    EXPECT_EQ(values["hcl" + std::to_string(i)]["value"], inputs[i]) << "HCL, input " << i;
    EXPECT_EQ(values["json" + std::to_string(i)]["value"], inputs[i]) << "JSON, input " << i;
  }
}

}  // namespace
}  // namespace bslc::emit
