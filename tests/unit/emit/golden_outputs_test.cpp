// Every compiled output checked into the repository -- the golden cases'
// tests/golden/**/<case>.out/ and <case>.out-json/ folders and the examples'
// examples/*/out/ folders -- is deployable and self-consistent (issue 6,
// items 4 and 5):
//
//  * CloudFormation: every template passes AWS's offline validator
//    (@aws/cloudformation-validate) with no WARN, ERROR or FATAL finding.
//    One node process checks all templates.
//  * Terraform: every configuration passes `terraform init -backend=false` +
//    `terraform validate` against hashicorp/aws from the local filesystem
//    mirror, and every .tf file passes `terraform fmt -check`. Starting the
//    AWS provider costs about a second per provider configuration, so all
//    configurations are validated together, each as a module of one root
//    configuration: one init, one validate. A module's default provider block
//    (exactly `provider "aws" { region = "..." }`) is left out so the module
//    uses the root's single default provider; its region is checked here
//    instead. Any other provider block (aliases for other regions, ...) stays
//    in the module and is validated by terraform. The per-folder, unmodified
//    run lives in validate_terraform_test.cpp for the emitter fixtures.
//  * Consistency: for every bucket, the policy inside the CloudFormation
//    template and inside the Terraform configuration equals the bucket's
//    bucket-policy.json once references to buckets are resolved to their
//    ARNs (emit/readback.h). The buckets are the output's bucket folders.
//
// The validator tests skip visibly (GTEST_SKIP with the reason) when node,
// the validator package (tests/validate/setup.sh), terraform or the provider
// mirror is missing; the consistency test needs no tool.
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "emit/emit.h"
#include "emit/readback.h"
#include "validators.h"

namespace bslc::emit {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

struct OutputFolder {
  fs::path dir;      // absolute
  std::string name;  // relative to the source tree, for messages
};

// tests/golden/**/<case>.out[-json]/ and examples/*/out/, sorted by name.
std::vector<OutputFolder> output_folders() {
  const fs::path source(BSLC_SOURCE_DIR);
  std::vector<OutputFolder> found;
  const auto add = [&](const fs::path& dir) { found.push_back({dir, fs::relative(dir, source).generic_string()}); };
  const fs::path golden = source / "tests" / "golden";
  if (fs::is_directory(golden)) {
    for (auto it = fs::recursive_directory_iterator(golden); it != fs::recursive_directory_iterator(); ++it) {
      if (!it->is_directory()) continue;
      const std::string ext = it->path().extension().string();
      if (ext == ".out" || ext == ".out-json") {
        add(it->path());
        it.disable_recursion_pending();
      }
    }
  }
  const fs::path examples = source / "examples";
  if (fs::is_directory(examples)) {
    for (const auto& e : fs::directory_iterator(examples))
      if (e.is_directory() && fs::is_directory(e.path() / "out")) add(e.path() / "out");
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
  return found;
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The regular files directly inside `dir`, by file name.
Files read_folder(const fs::path& dir) {
  Files files;
  if (!fs::is_directory(dir)) return files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.is_regular_file()) files[e.path().filename().string()] = slurp(e.path());
  return files;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

TEST(GoldenOutputs, FoldersExist) {
  const auto folders = output_folders();
  if (folders.empty()) GTEST_SKIP() << "no compiled outputs under tests/golden or examples yet";
  size_t with_targets = 0;
  for (const auto& f : folders)
    if (fs::is_directory(f.dir / "cloudformation") && fs::is_directory(f.dir / "terraform")) ++with_targets;
  // Every compiled tree holds both targets.
  EXPECT_EQ(with_targets, folders.size());
  std::cout << "[ outputs   ] " << folders.size() << " compiled output folders\n";
}

// ---- consistency -----------------------------------------------------------

// The model the readers need: one bucket per bucket folder of the output
// (folders are named after the physical bucket name); vault folders hold a
// vault lock policy instead.
ir::Model buckets_of(const fs::path& out) {
  ir::Model model;
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(out)) {
    const std::string name = e.path().filename().string();
    if (!e.is_directory() || name == "cloudformation" || name == "terraform") continue;
    if (fs::exists(e.path() / "vault-lock-policy.json")) continue;
    names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  for (const auto& name : names) {
    ir::Bucket b;
    b.id = name;
    b.name = name;
    // A key the targets create reads back as the JSON policy's key pattern
    // (arn:aws:kms:<region>:<account or *>:key/*), which needs both.
    const fs::path policy = out / name / "bucket-policy.json";
    if (fs::exists(policy)) {
      static const std::regex kPattern(R"(arn:aws:kms:([a-z0-9-]+):([0-9]{12}|\*):key/\*)");
      const std::string text = slurp(policy);
      std::smatch m;
      if (std::regex_search(text, m, kPattern)) {
        b.region = m[1];
        b.account = m[2] == "*" ? std::string() : std::string(m[2]);
      }
    }
    model.buckets.push_back(std::move(b));
  }
  return model;
}

TEST(GoldenOutputs, BucketPoliciesAgreeAcrossTargets) {
  const auto folders = output_folders();
  if (folders.empty()) GTEST_SKIP() << "no compiled outputs under tests/golden or examples yet";
  size_t compared = 0;
  for (const auto& folder : folders) {
    const ir::Model model = buckets_of(folder.dir);
    std::map<std::string, json> expected;
    for (const auto& b : model.buckets) {
      const fs::path file = folder.dir / b.name / "bucket-policy.json";
      if (!fs::exists(file)) continue;
      try {
        expected[b.id] = json::parse(slurp(file));
      } catch (const std::exception& e) {
        ADD_FAILURE() << folder.name << "/" << b.name << "/bucket-policy.json: " << e.what();
      }
    }
    for (const std::string target : {"cloudformation", "terraform"}) {
      const Files files = read_folder(folder.dir / target);
      const bool cfn = target == "cloudformation";
      // A spec with nothing CloudFormation can create (only vaults) has no template.
      if (cfn && !files.count("template.yaml") && !files.count("template.json") && expected.empty()) continue;
      const Readback read = cfn ? read_cloudformation_policies(model, files) : read_terraform_policies(model, files);
      for (const auto& error : read.errors) ADD_FAILURE() << folder.name << "/" << target << ": " << error;
      for (const auto& [id, policy] : expected) {
        auto it = read.bucket_policies.find(id);
        if (it == read.bucket_policies.end()) {
          ADD_FAILURE() << folder.name << "/" << target << " has no bucket policy for bucket " << id;
          continue;
        }
        EXPECT_EQ(it->second, policy) << folder.name << "/" << target << ": the policy of bucket " << id
                                      << " differs from " << id << "/bucket-policy.json\n got: " << it->second.dump(2)
                                      << "\n want: " << policy.dump(2);
        ++compared;
      }
      for (const auto& [id, policy] : read.bucket_policies)
        EXPECT_TRUE(expected.count(id)) << folder.name << "/" << target << " has a policy for bucket " << id
                                        << " but there is no " << id << "/bucket-policy.json";
    }
  }
  std::cout << "[ consistent] " << compared << " bucket policies in " << folders.size()
            << " folders equal their bucket-policy.json\n";
}

// ---- CloudFormation --------------------------------------------------------

TEST(GoldenOutputs, CloudFormationTemplatesPassAwsOfflineValidator) {
  const testing::Tool node = testing::node_executable();
  if (!node.missing.empty()) GTEST_SKIP() << node.missing;
  const testing::Tool modules = testing::cfn_validator_modules();
  if (!modules.missing.empty()) GTEST_SKIP() << modules.missing;
  const auto folders = output_folders();
  std::vector<fs::path> templates;
  for (const auto& f : folders)
    for (const char* name : {"template.yaml", "template.json"})
      if (fs::exists(f.dir / "cloudformation" / name)) templates.push_back(f.dir / "cloudformation" / name);
  if (templates.empty()) GTEST_SKIP() << "no CloudFormation templates under tests/golden or examples yet";

  const auto start = std::chrono::steady_clock::now();
  std::string command = testing::shell_word(node.path) + " " +
                        testing::shell_word(std::string(BSLC_SOURCE_DIR) + "/tests/validate/cfn-validate.js") + " " +
                        testing::shell_word(modules.path);
  for (const auto& t : templates) command += " " + testing::shell_word(t.string());
  std::string output;
  ASSERT_EQ(testing::run_command(command + " 2>/dev/null", output), 0) << output;
  const json report = json::parse(output);
  ASSERT_EQ(report["results"].size(), templates.size());
  size_t infos = 0;
  for (const auto& result : report["results"]) {
    const std::string file = fs::relative(result["file"].get<std::string>(), BSLC_SOURCE_DIR).generic_string();
    for (const auto& d : result["diagnostics"]) {
      const std::string severity = d["severity"];
      if (severity == "INFO") {
        ++infos;  // e.g. "BucketName is create-only", "supports Tags": advice, not defects
        continue;
      }
      ADD_FAILURE() << file << ":" << d["line"].get<int>() << ": " << severity << " " << d["ruleId"].get<std::string>()
                    << " " << d["message"].get<std::string>() << " (" << d["entity"].get<std::string>() << " "
                    << d["path"].get<std::string>() << ")";
    }
  }
  std::cout << "[ validator ] @aws/cloudformation-validate " << report["validator"].get<std::string>() << ": "
            << templates.size() << " templates from " << folders.size() << " folders, " << infos
            << " INFO findings, in " << seconds_since(start) << " s\n";
}

// ---- Terraform -------------------------------------------------------------

// Names of the input variables a configuration declares (HCL or JSON syntax).
std::vector<std::string> declared_variables(const Files& files) {
  std::vector<std::string> names;
  static const std::regex hcl(R"re((^|\n)variable\s+"([^"]+)")re");
  for (const auto& [name, text] : files) {
    if (name.ends_with(".tf.json")) {
      const json doc = json::parse(text, nullptr, false);
      if (doc.is_object() && doc.contains("variable") && doc["variable"].is_object())
        for (const auto& [var, body] : doc["variable"].items()) names.push_back(var);
    } else if (name.ends_with(".tf")) {
      for (std::sregex_iterator m(text.begin(), text.end(), hcl), end; m != end; ++m) names.push_back((*m)[2]);
    }
  }
  return names;
}

// The provider aliases a module declares in `configuration_aliases` (HCL or JSON).
std::vector<std::string> configuration_aliases(const Files& files) {
  std::vector<std::string> out;
  static const std::regex alias(R"re(aws\.([a-z0-9_]+))re");
  for (const auto& [name, text] : files) {
    if (!name.starts_with("versions.tf")) continue;
    const size_t at = text.find("configuration_aliases");
    if (at == std::string::npos) continue;
    const std::string list = text.substr(at, text.find(']', at) - at);
    for (auto it = std::sregex_iterator(list.begin(), list.end(), alias); it != std::sregex_iterator(); ++it)
      out.push_back((*it)[1]);
  }
  return out;
}

bool plausible_region(const std::string& region) {
  static const std::regex shape(R"re([a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]+)re");
  return std::regex_match(region, shape);
}

// Removes the configuration's default provider block when it is exactly
// `provider "aws" { region = "<region>" }`; returns the regions removed.
std::vector<std::string> drop_default_provider(Files& files) {
  std::vector<std::string> regions;
  static const std::regex hcl(R"re(provider "aws" \{\n  region = "([^"\\]*)"\n\}\n\n?)re");
  for (auto& [name, text] : files) {
    if (name.ends_with(".tf.json")) {
      json doc = json::parse(text, nullptr, false);
      if (!doc.is_object() || !doc.contains("provider") || !doc["provider"].contains("aws")) continue;
      json& aws = doc["provider"]["aws"];
      const auto region_only = [](const json& p) {
        return p.is_object() && p.size() == 1 && p.contains("region") && p["region"].is_string();
      };
      if (region_only(aws)) {
        regions.push_back(aws["region"]);
        doc["provider"].erase("aws");
      } else if (aws.is_array()) {
        json kept = json::array();
        for (const auto& p : aws) {
          if (region_only(p))
            regions.push_back(p["region"]);
          else
            kept.push_back(p);
        }
        aws = kept;
        if (aws.empty()) doc["provider"].erase("aws");
      }
      if (doc["provider"].empty()) doc.erase("provider");
      text = doc.dump(2);
    } else if (name.ends_with(".tf")) {
      std::smatch m;
      if (std::regex_search(text, m, hcl)) {
        regions.push_back(m[1]);
        text = m.prefix().str() + m.suffix().str();
      }
    }
  }
  return regions;
}

TEST(GoldenOutputs, TerraformConfigurationsPassTerraformValidate) {
  const testing::Tool tf = testing::terraform_executable();
  if (!tf.missing.empty()) GTEST_SKIP() << tf.missing;
  const testing::Tool mirror = testing::provider_mirror();
  if (!mirror.missing.empty()) GTEST_SKIP() << mirror.missing;
  const auto folders = output_folders();

  const auto start = std::chrono::steady_clock::now();
  const fs::path root = testing::scratch_dir("golden-terraform");
  std::map<std::string, std::string> module_folder;  // module name -> output folder, for messages
  std::string root_config = "provider \"aws\" {\n  region = \"us-east-1\"\n}\n";
  std::vector<std::pair<std::string, Files>> modules;
  std::vector<std::string> root_aliases;
  for (const auto& f : folders) {
    Files files;
    for (const auto& [name, text] : read_folder(f.dir / "terraform"))
      if (name.ends_with(".tf") || name.ends_with(".tf.json")) files[name] = text;
    if (files.empty()) continue;
    char id[16];
    std::snprintf(id, sizeof id, "m%03zu", modules.size() + 1);
    module_folder[id] = f.name + "/terraform";
    root_config += "\nmodule \"" + std::string(id) + "\" {\n  source = \"./" + id + "\"\n";
    // A module with resources in other regions expects aliased providers from its caller.
    const auto aliases = configuration_aliases(files);
    if (!aliases.empty()) {
      root_config += "  providers = {\n    aws = aws\n";
      for (const auto& alias : aliases) {
        root_config += "    aws." + alias + " = aws." + alias + "\n";
        if (std::find(root_aliases.begin(), root_aliases.end(), alias) == root_aliases.end())
          root_aliases.push_back(alias);
      }
      root_config += "  }\n";
    }
    // The only variable bslc declares is root_mfa ("<serial> <code>").
    for (const auto& var : declared_variables(files)) root_config += "  " + var + " = \"SERIAL CODE\"\n";
    root_config += "}\n";
    testing::write_files(root / id, files);  // as emitted: `terraform fmt -check` reads these
    modules.emplace_back(id, std::move(files));
  }
  if (modules.empty()) GTEST_SKIP() << "no Terraform configurations under tests/golden or examples yet";

  const std::string prefix = "cd " + testing::shell_word(root.string()) + " && " +
                             testing::offline_terraform_env(root, mirror, testing::cache_dir("tf-plugin-cache")) +
                             testing::shell_word(tf.path);
  std::string out;
  // Formatting: every emitted .tf file as it is.
  EXPECT_EQ(testing::run_command(prefix + " fmt -check -recursive -list=true -no-color .", out), 0)
      << "not formatted as `terraform fmt` would:\n"
      << out;

  for (auto& [id, files] : modules) {
    for (const auto& region : drop_default_provider(files))
      EXPECT_TRUE(plausible_region(region)) << module_folder[id] << ": provider region `" << region << "`";
    for (const auto& [name, text] : files) std::ofstream(root / id / name, std::ios::binary | std::ios::trunc) << text;
  }
  for (const auto& alias : root_aliases)
    root_config += "\nprovider \"aws\" {\n  alias  = \"" + alias + "\"\n  region = \"us-east-1\"\n}\n";
  std::ofstream(root / "main.tf") << root_config;

  ASSERT_EQ(testing::run_command(prefix + " init -backend=false -input=false -no-color", out), 0) << out;
  testing::run_command(prefix + " validate -json -no-color", out);
  const auto brace = out.find('{');
  ASSERT_NE(brace, std::string::npos) << out;
  const json report = json::parse(out.substr(brace));
  for (const auto& d : report["diagnostics"]) {
    std::string where = d.contains("range") ? d["range"]["filename"].get<std::string>() : "";
    const auto slash = where.find('/');
    if (slash != std::string::npos && module_folder.count(where.substr(0, slash)))
      where = module_folder[where.substr(0, slash)] + where.substr(slash);
    if (d.contains("range")) where += ":" + std::to_string(d["range"]["start"]["line"].get<int>());
    ADD_FAILURE() << where << ": " << d["severity"].get<std::string>() << ": " << d["summary"].get<std::string>()
                  << "\n"
                  << d.value("detail", "");
  }
  EXPECT_TRUE(report["valid"].get<bool>());
  EXPECT_EQ(report["warning_count"], 0);

  std::string version;
  testing::run_command("TF_CLI_CONFIG_FILE=/dev/null " + testing::shell_word(tf.path) + " version", version);
  version = version.substr(0, version.find('\n'));
  std::cout << "[ validator ] " << version << ", hashicorp/aws from " << mirror.path << ": " << modules.size()
            << " configurations validated in " << seconds_since(start) << " s\n";
}

}  // namespace
}  // namespace bslc::emit
