#include "validators.h"

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>

namespace bslc::emit::testing {
namespace fs = std::filesystem;

namespace {

std::string env(const char* name) {
  const char* v = std::getenv(name);
  return v ? v : "";
}

fs::path build_dir() { return fs::path(BSLC_BINARY).parent_path(); }

std::string which(const std::string& program) {
  std::string out;
  if (run_command("command -v " + program, out) != 0) return "";
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
  return out;
}

}  // namespace

std::string shell_word(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

int run_command(const std::string& command, std::string& output) {
  output.clear();
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) return -1;
  std::array<char, 4096> buf{};
  size_t n = 0;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) output.append(buf.data(), n);
  const int status = pclose(pipe);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

Tool node_executable() {
  const std::string node = which("node");
  if (node.empty()) return {"", "node is not installed (Debian package nodejs)"};
  return {node, ""};
}

Tool cfn_validator_modules() {
  fs::path modules = env("BSLC_CFN_VALIDATE_MODULES");
  if (modules.empty()) modules = build_dir() / "validate-tools" / "node_modules";
  if (!fs::exists(modules / "@aws" / "cloudformation-validate" / "package.json"))
    return {"", "@aws/cloudformation-validate is not installed in " + modules.string() +
                    "; run tests/validate/setup.sh " + build_dir().string()};
  return {modules.string(), ""};
}

Tool terraform_executable() {
  std::string tf = env("BSLC_TERRAFORM");
  if (!tf.empty() && !fs::exists(tf)) return {"", "$BSLC_TERRAFORM names a missing file: " + tf};
  if (tf.empty()) tf = which("terraform");
  if (tf.empty() && fs::exists("/usr/local/bin/terraform")) tf = "/usr/local/bin/terraform";
  if (tf.empty()) return {"", "terraform is not installed (set BSLC_TERRAFORM or put it on PATH)"};
  return {tf, ""};
}

Tool provider_mirror() {
  std::vector<fs::path> candidates;
  if (!env("BSLC_TF_PROVIDER_MIRROR").empty()) candidates.emplace_back(env("BSLC_TF_PROVIDER_MIRROR"));
  candidates.emplace_back("/opt/tf-plugins");
  if (!env("HOME").empty()) candidates.push_back(fs::path(env("HOME")) / ".terraform.d" / "plugins");
  candidates.emplace_back("/usr/share/terraform/plugins");
  candidates.emplace_back("/usr/local/share/terraform/plugins");
  for (const auto& dir : candidates)
    if (fs::exists(dir / "registry.terraform.io" / "hashicorp" / "aws")) return {dir.string(), ""};
  return {"",
          "no local mirror of the hashicorp/aws provider (looked in $BSLC_TF_PROVIDER_MIRROR, /opt/tf-plugins, "
          "~/.terraform.d/plugins, /usr/share/terraform/plugins, /usr/local/share/terraform/plugins)"};
}

fs::path scratch_dir(const std::string& name) {
  const fs::path dir = build_dir() / "emit-validate" / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

fs::path cache_dir(const std::string& name) {
  const fs::path dir = build_dir() / "emit-validate" / name;
  fs::create_directories(dir);
  return dir;
}

std::string offline_terraform_env(const fs::path& dir, const Tool& mirror, const fs::path& plugin_cache) {
  const fs::path rc = dir / "terraform.rc";
  std::ofstream(rc) << "provider_installation {\n  filesystem_mirror {\n    path    = \"" << mirror.path
                    << "\"\n    include = [\"registry.terraform.io/hashicorp/aws\"]\n  }\n"
                    << "  direct {\n    exclude = [\"registry.terraform.io/hashicorp/aws\"]\n  }\n}\n";
  std::string env = "TF_CLI_CONFIG_FILE=" + shell_word(rc.string()) + " TF_IN_AUTOMATION=1 CHECKPOINT_DISABLE=1 ";
  if (!plugin_cache.empty()) env += "TF_PLUGIN_CACHE_DIR=" + shell_word(plugin_cache.string()) + " ";
  return env;
}

void write_files(const fs::path& dir, const Files& files) {
  for (const auto& [name, text] : files) {
    const fs::path path = dir / name;
    fs::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
  }
}

}  // namespace bslc::emit::testing
