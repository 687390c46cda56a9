#include "driver/baseline.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <tuple>

namespace bslc::driver {
namespace fs = std::filesystem;
namespace {

using Key = std::tuple<std::string, std::string, std::string>;  // file, scope, code

// A diagnostic's file relative to the baseline's folder ('/'-separated).
std::string relative_file(const std::string& file, const fs::path& baseline_path) {
  std::error_code ec;
  const fs::path base = fs::absolute(baseline_path, ec).lexically_normal().parent_path();
  const fs::path rel = fs::absolute(file, ec).lexically_normal().lexically_relative(base);
  return (rel.empty() ? fs::path(file) : rel).generic_string();
}

bool baselinable(const diag::Diagnostic& d) { return d.severity != diag::Severity::Error && d.loc.valid(); }

Key key_of(const diag::Diagnostic& d, const fs::path& baseline_path) {
  return {relative_file(d.loc.source->name(), baseline_path), d.scope, std::string(diag::info(d.code).id)};
}

Location line_location(const SourcePtr& src, uint32_t line) {
  if (!src || line == 0 || line > src->line_count()) return Location{src, Span{0, 0}};
  const std::string_view text = src->line_text(line);
  const auto begin = static_cast<uint32_t>(text.data() - src->text().data());
  return Location{src, Span{begin, begin + static_cast<uint32_t>(text.size())}};
}

}  // namespace

std::optional<Baseline> read_baseline(const fs::path& path, std::vector<diag::Diagnostic>& problems) {
  Baseline b;
  b.path = path;
  std::ifstream in(path, std::ios::binary);
  if (!in) return b;
  std::ostringstream ss;
  ss << in.rdbuf();
  // Shown relative to the working folder, like the specs' own names.
  std::error_code ec;
  const fs::path shown = fs::absolute(path, ec).lexically_normal().lexically_relative(fs::current_path(ec));
  b.source = std::make_shared<const Source>((shown.empty() ? path : shown).generic_string(), ss.str());
  const auto fail = [&](uint32_t line, const std::string& message) {
    problems.push_back(diag::make(diag::Code::E0802, line_location(b.source, line), message,
                                  "rewrite it with `bslc check --write-baseline " + path.generic_string() + " ...`"));
    return std::nullopt;
  };
  const auto j = nlohmann::json::parse(b.source->text(), nullptr, false);
  if (j.is_discarded()) return fail(1, "the baseline is not valid JSON");
  if (!j.is_object() || j.value("version", 0) != 1 || !j.contains("findings") || !j["findings"].is_array())
    return fail(1, "a baseline is {\"version\": 1, \"findings\": [...]}");
  // Entries are located by the line that names their file and code, in order.
  uint32_t search_from = 1;
  for (const auto& f : j["findings"]) {
    if (!f.is_object() || !f.contains("file") || !f["file"].is_string() || !f.contains("code") ||
        !f["code"].is_string() || (f.contains("scope") && !f["scope"].is_string()) ||
        (f.contains("count") && !f["count"].is_number_unsigned()))
      return fail(search_from,
                  "a finding is {\"file\": \"...\", \"scope\": \"...\", \"code\": \"W0401\", \"count\": 1}");
    BaselineEntry e{f["file"], f.value("scope", ""), f["code"], f.value("count", size_t{1}), 0};
    for (uint32_t l = search_from; l <= b.source->line_count(); ++l) {
      const std::string_view text = b.source->line_text(l);
      if (text.find("\"" + e.code + "\"") != std::string_view::npos) {
        e.line = l;
        search_from = l + 1;
        break;
      }
    }
    b.entries.push_back(std::move(e));
  }
  return b;
}

std::string render_baseline(const std::vector<diag::Diagnostic>& ds, const fs::path& baseline_path) {
  std::map<Key, size_t> counts;
  for (const auto& d : ds)
    if (baselinable(d)) ++counts[key_of(d, baseline_path)];
  std::string out = "{\n  \"version\": 1,\n  \"findings\": [";
  bool first = true;
  for (const auto& [key, n] : counts) {
    const auto& [file, scope, code] = key;
    // One entry per line, so a stale entry can be pointed at.
    const nlohmann::ordered_json e{{"file", file}, {"scope", scope}, {"code", code}, {"count", n}};
    out += fmt::format("{}\n    {}", first ? "" : ",", e.dump());
    first = false;
  }
  out += first ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

BaselineOutcome apply_baseline(std::vector<diag::Diagnostic> ds, const Baseline& baseline,
                               const std::vector<std::string>& checked) {
  std::map<Key, size_t> budget;
  for (const auto& e : baseline.entries) budget[{e.file, e.scope, e.code}] += e.count;
  const std::map<Key, size_t> allowed = budget;
  BaselineOutcome out;
  for (auto& d : ds) {
    if (baselinable(d)) {
      auto it = budget.find(key_of(d, baseline.path));
      if (it != budget.end() && it->second > 0) {
        --it->second;
        ++out.hidden;
        continue;
      }
    }
    out.kept.push_back(std::move(d));
  }
  std::vector<std::string> checked_files;
  for (const auto& c : checked) checked_files.push_back(relative_file(c, baseline.path));
  for (const auto& e : baseline.entries) {
    const size_t left = budget[{e.file, e.scope, e.code}];
    if (left == 0 || std::find(checked_files.begin(), checked_files.end(), e.file) == checked_files.end()) continue;
    const size_t used = allowed.at({e.file, e.scope, e.code}) - left;
    out.stale.push_back(diag::make(
        diag::Code::W0801, line_location(baseline.source, e.line),
        fmt::format("baseline entry `{}` {}in `{}` matches {} of its {} finding{}", e.code,
                    e.scope.empty() ? "" : "for `" + e.scope + "` ", e.file, used, e.count, e.count == 1 ? "" : "s"),
        "the finding was fixed: remove the entry, or rewrite the baseline with --write-baseline"));
    budget[{e.file, e.scope, e.code}] = 0;  // report a key once
  }
  return out;
}

}  // namespace bslc::driver
