// The project configuration file, `.bslc.yaml`: what a team would otherwise
// repeat on every command line. bslc looks for it from each spec's folder
// upwards, stopping at the first folder that holds `.git` (the repository
// root), so specs in different repositories never share one by accident.
//
//   werror: true                      # warnings fail (as --werror)
//   disable: [W0401]                  # warning codes to hide (as --disable)
//   baseline: .bslc-baseline.json     # known findings `check` hides (as --baseline)
//   paths:                            # settings for some specs only, in order
//     - match: "legacy/**"            # glob on the spec's path relative to this file;
//       werror: false                 #   `*` stays within a folder, `**` spans folders
//       disable: [W0409]
//
// Command-line flags add to the file: `--werror` turns it on whatever the
// file says, `--disable` adds codes. Unknown keys and wrong types are E0801,
// located in the file. Relative paths are relative to the file's folder.
#pragma once
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "driver/diag_options.h"

namespace bslc::driver {

struct ConfigRule {
  std::string match;  // glob, relative to the config file's folder
  std::optional<bool> werror;
  std::vector<std::string> disable;
};

struct ProjectConfig {
  std::filesystem::path file;  // where it was read from
  std::optional<bool> werror;
  std::vector<std::string> disable;
  std::optional<std::filesystem::path> baseline;  // resolved against the file's folder
  std::vector<ConfigRule> paths;
};

inline constexpr const char* kConfigFileName = ".bslc.yaml";

// The .bslc.yaml that applies to `spec`, if any (see above).
std::optional<std::filesystem::path> find_config(const std::filesystem::path& spec);

// Reads and validates a config file. Problems are E0801 diagnostics located
// in the file (appended to `problems`); nullopt when there were any.
std::optional<ProjectConfig> load_config(const std::filesystem::path& file, std::vector<diag::Diagnostic>& problems);

// The options for one spec: the file's settings, then each matching `paths`
// rule in order, then the command line's flags on top.
DiagOptions options_for(const DiagOptions& cli, const ProjectConfig& config, const std::filesystem::path& spec);

// What commands use: the options for each spec, reading each config file
// once. Problems with a config file collect in problems() (E0801): a
// command reports them and exits 1 before compiling anything.
class Configs {
 public:
  explicit Configs(const DiagOptions& cli) : cli_(cli) {}
  DiagOptions options_for(const std::string& spec);
  // The config's baseline for `spec`, when its config names one.
  std::optional<std::filesystem::path> baseline_for(const std::string& spec);
  const std::vector<diag::Diagnostic>& problems() const { return problems_; }

 private:
  const ProjectConfig* config_for(const std::string& spec);
  DiagOptions cli_;
  std::vector<std::pair<std::filesystem::path, std::optional<ProjectConfig>>> loaded_;
  std::vector<diag::Diagnostic> problems_;
};

// `*`, `?` and `**` glob match on '/'-separated paths.
bool glob_match(std::string_view pattern, std::string_view path);

}  // namespace bslc::driver
