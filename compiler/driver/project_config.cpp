#include "driver/project_config.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <sstream>

namespace bslc::driver {
namespace fs = std::filesystem;
namespace {

// Where a YAML node is, as a diagnostic location in the config file's text.
Location at(const SourcePtr& src, const YAML::Mark& mark) {
  if (mark.line < 0 || static_cast<uint32_t>(mark.line) >= src->line_count()) return Location{src, Span{0, 0}};
  const std::string_view line = src->line_text(static_cast<uint32_t>(mark.line) + 1);
  const auto begin =
      static_cast<uint32_t>(line.data() - src->text().data()) +
      static_cast<uint32_t>(std::min<size_t>(static_cast<size_t>(std::max(mark.column, 0)), line.size()));
  return Location{src, Span{begin, begin + 1}};
}

class Reader {
 public:
  Reader(SourcePtr src, std::vector<diag::Diagnostic>& problems) : src_(std::move(src)), problems_(problems) {}

  void problem(const YAML::Mark& mark, std::string message, std::string help) {
    problems_.push_back(diag::make(diag::Code::E0801, at(src_, mark), std::move(message), std::move(help)));
  }

  std::optional<bool> boolean(const YAML::Node& n, const std::string& key) {
    try {
      return n.as<bool>();
    } catch (const YAML::Exception&) {
      problem(n.Mark(), "`" + key + "` must be true or false", "write `" + key + ": true` or `" + key + ": false`");
      return std::nullopt;
    }
  }

  std::vector<std::string> codes(const YAML::Node& n, const std::string& key) {
    std::vector<std::string> out;
    if (!n.IsSequence()) {
      problem(n.Mark(), "`" + key + "` must be a list of warning codes", "write `" + key + ": [W0401, W0409]`");
      return out;
    }
    for (const auto& item : n) {
      const auto code = item.IsScalar() ? diag::parse_code(item.Scalar()) : std::nullopt;
      if (!code) {
        problem(item.Mark(), "`" + (item.IsScalar() ? item.Scalar() : std::string("?")) + "` is not a diagnostic code",
                "use a code `bslc explain` knows, such as W0401");
      } else if (diag::info(*code).default_severity == diag::Severity::Error) {
        problem(item.Mark(), "`" + std::string(diag::info(*code).id) + "` is an error and cannot be disabled",
                "fix the spec instead; only warnings can be disabled");
      } else {
        out.emplace_back(diag::info(*code).id);
      }
    }
    return out;
  }

  std::optional<std::string> text(const YAML::Node& n, const std::string& key) {
    if (n.IsScalar() && !n.Scalar().empty()) return n.Scalar();
    problem(n.Mark(), "`" + key + "` must be a non-empty string", "");
    return std::nullopt;
  }

 private:
  SourcePtr src_;
  std::vector<diag::Diagnostic>& problems_;
};

bool has_git(const fs::path& dir) {
  std::error_code ec;
  return fs::exists(dir / ".git", ec);
}

}  // namespace

std::optional<fs::path> find_config(const fs::path& spec) {
  std::error_code ec;
  fs::path dir = fs::absolute(spec, ec).parent_path();
  if (ec) return std::nullopt;
  while (true) {
    if (fs::is_regular_file(dir / kConfigFileName, ec)) return dir / kConfigFileName;
    if (has_git(dir) || !dir.has_parent_path() || dir.parent_path() == dir) return std::nullopt;
    dir = dir.parent_path();
  }
}

std::optional<ProjectConfig> load_config(const fs::path& file, std::vector<diag::Diagnostic>& problems) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  // Shown relative to the working folder, like the specs' own names.
  std::error_code ec;
  const fs::path shown = fs::absolute(file, ec).lexically_normal().lexically_relative(fs::current_path(ec));
  auto src = std::make_shared<const Source>((shown.empty() ? file : shown).generic_string(), ss.str());
  const size_t before = problems.size();
  Reader r(src, problems);
  ProjectConfig config;
  config.file = fs::absolute(file, ec).lexically_normal();
  YAML::Node root;
  try {
    root = YAML::Load(src->text());
  } catch (const YAML::ParserException& e) {
    r.problem(e.mark, "not valid YAML: " + e.msg, "");
    return std::nullopt;
  }
  if (root.IsNull()) return config;  // an empty file sets nothing
  if (!root.IsMap()) {
    r.problem(root.Mark(), "the configuration must be a mapping of settings", "start with e.g. `werror: true`");
    return std::nullopt;
  }
  for (const auto& kv : root) {
    const std::string key = kv.first.as<std::string>("");
    const YAML::Node& v = kv.second;
    if (key == "werror") {
      config.werror = r.boolean(v, key);
    } else if (key == "disable") {
      config.disable = r.codes(v, key);
    } else if (key == "baseline") {
      if (auto t = r.text(v, key)) config.baseline = config.file.parent_path() / *t;
    } else if (key == "paths") {
      if (!v.IsSequence()) {
        r.problem(v.Mark(), "`paths` must be a list of rules", "write `paths:` then `- match: \"legacy/**\"`");
        continue;
      }
      for (const auto& item : v) {
        ConfigRule rule;
        if (!item.IsMap()) {
          r.problem(item.Mark(), "a `paths` rule must be a mapping with `match`", "");
          continue;
        }
        for (const auto& rkv : item) {
          const std::string rkey = rkv.first.as<std::string>("");
          if (rkey == "match") {
            rule.match = r.text(rkv.second, rkey).value_or("");
          } else if (rkey == "werror") {
            rule.werror = r.boolean(rkv.second, rkey);
          } else if (rkey == "disable") {
            rule.disable = r.codes(rkv.second, rkey);
          } else {
            r.problem(rkv.first.Mark(), "unknown key `" + rkey + "` in a `paths` rule",
                      "a rule has `match`, `werror` and `disable`");
          }
        }
        if (rule.match.empty()) r.problem(item.Mark(), "a `paths` rule needs `match`", "write `match: \"legacy/**\"`");
        config.paths.push_back(std::move(rule));
      }
    } else {
      r.problem(kv.first.Mark(), "unknown key `" + key + "`",
                "the keys are `werror`, `disable`, `baseline` and `paths`");
    }
  }
  if (problems.size() != before) return std::nullopt;
  return config;
}

bool glob_match(std::string_view p, std::string_view s) {
  if (p.empty()) return s.empty();
  if (p.substr(0, 2) == "**") {
    std::string_view rest = p.substr(2);
    if (!rest.empty() && rest[0] == '/') rest.remove_prefix(1);  // `**/x` also matches `x`
    for (size_t i = 0; i <= s.size(); ++i)
      if (glob_match(rest, s.substr(i))) return true;
    return false;
  }
  if (p[0] == '*') {
    for (size_t i = 0; i <= s.size(); ++i) {
      if (glob_match(p.substr(1), s.substr(i))) return true;
      if (i < s.size() && s[i] == '/') break;
    }
    return false;
  }
  if (s.empty()) return false;
  if (p[0] == '?' ? s[0] != '/' : p[0] == s[0]) return glob_match(p.substr(1), s.substr(1));
  return false;
}

DiagOptions options_for(const DiagOptions& cli, const ProjectConfig& config, const fs::path& spec) {
  DiagOptions out = cli;
  bool werror = config.werror.value_or(false);
  std::vector<std::string> disabled = config.disable;
  std::error_code ec;
  const fs::path relative = fs::absolute(spec, ec).lexically_normal().lexically_relative(config.file.parent_path());
  for (const auto& rule : config.paths) {
    if (!glob_match(rule.match, relative.generic_string())) continue;
    if (rule.werror) werror = *rule.werror;
    disabled.insert(disabled.end(), rule.disable.begin(), rule.disable.end());
  }
  out.werror = cli.werror || werror;
  out.disabled.insert(out.disabled.begin(), disabled.begin(), disabled.end());
  return out;
}

const ProjectConfig* Configs::config_for(const std::string& spec) {
  if (!cli_.use_config) return nullptr;
  const auto file = find_config(spec);
  if (!file) return nullptr;
  for (const auto& [path, config] : loaded_)
    if (path == *file) return config ? &*config : nullptr;
  loaded_.emplace_back(*file, load_config(*file, problems_));
  return loaded_.back().second ? &*loaded_.back().second : nullptr;
}

DiagOptions Configs::options_for(const std::string& spec) {
  const ProjectConfig* config = config_for(spec);
  return config ? driver::options_for(cli_, *config, spec) : cli_;
}

std::optional<fs::path> Configs::baseline_for(const std::string& spec) {
  const ProjectConfig* config = config_for(spec);
  return config ? config->baseline : std::nullopt;
}

}  // namespace bslc::driver
