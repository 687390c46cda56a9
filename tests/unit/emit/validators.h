// Finding and running the external validators for emitted IaC:
//  - AWS's offline CloudFormation validator (npm @aws/cloudformation-validate),
//    installed by tests/validate/setup.sh into <build>/validate-tools;
//  - `terraform init -backend=false` + `terraform validate` with the AWS
//    provider from a local filesystem mirror (no network).
// Each finder returns an empty `missing` reason when the tool is usable;
// tests GTEST_SKIP() with that reason otherwise, so skips are visible.
#pragma once
#include <filesystem>
#include <string>

#include "emit/emit.h"

namespace bslc::emit::testing {

struct Tool {
  std::string path;     // executable, or the node_modules folder for the CFN validator
  std::string missing;  // why it cannot be used; empty when it can
};

// <build>/validate-tools/node_modules (the build dir is where bslc is built),
// or $BSLC_CFN_VALIDATE_MODULES.
Tool cfn_validator_modules();
Tool node_executable();
// $BSLC_TERRAFORM, else `terraform` on PATH, else /usr/local/bin/terraform.
Tool terraform_executable();
// $BSLC_TF_PROVIDER_MIRROR, else the first of /opt/tf-plugins,
// ~/.terraform.d/plugins, /usr/share/terraform/plugins,
// /usr/local/share/terraform/plugins that holds registry.terraform.io/hashicorp/aws.
Tool provider_mirror();

// A fresh, empty folder under <build>/emit-validate/<name>.
std::filesystem::path scratch_dir(const std::string& name);
// A folder under <build>/emit-validate/<name> that is kept between runs
// (created when missing), e.g. terraform's plugin cache.
std::filesystem::path cache_dir(const std::string& name);

// Environment prefix for an offline terraform: a CLI config in `dir` that
// installs hashicorp/aws only from the mirror, never from the registry, plus
// TF_IN_AUTOMATION and CHECKPOINT_DISABLE, and TF_PLUGIN_CACHE_DIR when
// `plugin_cache` is not empty. Ends with a space, ready to prefix a command.
std::string offline_terraform_env(const std::filesystem::path& dir, const Tool& mirror,
                                  const std::filesystem::path& plugin_cache = {});
void write_files(const std::filesystem::path& dir, const Files& files);

// Runs a shell command, capturing stdout and stderr together.
int run_command(const std::string& command, std::string& output);
std::string shell_word(const std::string& s);

}  // namespace bslc::emit::testing
