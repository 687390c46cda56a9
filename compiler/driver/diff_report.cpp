#include "driver/diff_report.h"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "diag/report.h"
#include "driver/markdown.h"
#include "driver/sha256.h"
#include "driver/verification.h"
#include "driver/version.h"

namespace bslc::driver {
namespace {

using Json = nlohmann::ordered_json;

std::string join(const std::vector<std::string>& items, std::string_view separator = ", ") {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : std::string(separator)) + i;
  return out;
}

std::string context_text(const sim::Request& r) {
  std::string out;
  for (const auto& e : r.context) out += (out.empty() ? "" : ", ") + e.key + " = " + context_value_text(e.value);
  return out;
}

std::string action_text(const verify::AccessChange& c) {
  return c.unnamed_action ? c.example.action + " (any action no document names)" : c.example.action;
}

std::string example_text(const verify::AccessChange& c) {
  std::string out = c.example.resource;
  if (!c.example.context.empty()) out += " with { " + context_text(c.example) + " }";
  return out;
}

// The statement that decides a change, with the spec line that wrote it when known.
std::string decided_by(const BucketDiff& d, const verify::AccessChange& c) {
  if (c.deciding.empty()) return "";
  const SidLines& lines = c.added ? d.lines_after : d.lines_before;
  const auto it = lines.find(c.deciding.front());
  return it == lines.end() ? c.deciding.front() : c.deciding.front() + " at " + it->second;
}

// Classes that differ only in the caller, merged for reading: one row per
// (direction, action, resources, conditions), listing the callers; the
// example is the first caller's.
struct Row {
  const verify::AccessChange* first;
  std::vector<std::string> principals;
};
std::vector<Row> rows_of(const BucketDiff& d) {
  std::vector<Row> rows;
  for (const auto& c : d.access.changes) {
    auto same = [&](const Row& r) {
      const auto& f = *r.first;
      return f.added == c.added && action_text(f) == action_text(c) && f.resources == c.resources &&
             f.conditions == c.conditions;
    };
    const auto it = std::find_if(rows.begin(), rows.end(), same);
    if (it == rows.end()) {
      rows.push_back({&c, {c.example.principal}});
    } else {
      it->principals.push_back(c.example.principal);
    }
  }
  for (auto& r : rows) std::sort(r.principals.begin(), r.principals.end());
  return rows;
}

size_t count(const BucketDiff& d, bool added) {
  size_t n = 0;
  for (const auto& c : d.access.changes) n += c.added == added;
  return n;
}

constexpr std::string_view kAnyNote =
    "bslc-any-user and bslc-any-role stand for every user and role of their account that no document names";

}  // namespace

bool widens(const std::vector<BucketDiff>& diffs) {
  return std::any_of(diffs.begin(), diffs.end(), [](const BucketDiff& d) { return count(d, true) > 0; });
}

bool exact(const std::vector<BucketDiff>& diffs) {
  return std::all_of(diffs.begin(), diffs.end(), [](const BucketDiff& d) { return d.access.incomplete.empty(); });
}

std::string diff_headline(const std::vector<BucketDiff>& diffs) {
  size_t added = 0, removed = 0, settings = 0;
  std::set<std::string> gaining;  // callers with access they did not have
  for (const auto& d : diffs) {
    added += count(d, true);
    removed += count(d, false);
    settings += d.settings.size();
    for (const auto& c : d.access.changes)
      if (c.added) gaining.insert(c.example.principal);
  }
  if (!added && !removed && !settings) return "no access change (proved)";
  std::string out =
      added ? fmt::format("widens access for {} {}: {} (caller, action) {} added", gaining.size(),
                          gaining.size() == 1 ? "principal" : "principals", added, added == 1 ? "class" : "classes")
            : "no access added";
  if (removed) out += fmt::format(", {} removed", removed);
  if (settings) out += fmt::format("; {} settings changed", settings);
  return out;
}

void print_diff_text(const std::vector<BucketDiff>& diffs, std::ostream& out) {
  for (const auto& d : diffs) {
    out << "bucket " << d.name << (d.status == "changed" ? "" : " (" + d.status + ")") << "\n";
    if (d.access.changes.empty() && d.settings.empty() && d.access.incomplete.empty())
      out << "  no access change (proved)\n";
    for (const auto& row : rows_of(d)) {
      const auto& c = *row.first;
      out << "  " << (c.added ? "+ " : "- ") << action_text(c) << " on " << join(c.resources, "; ") << "\n";
      if (!c.conditions.empty()) out << "      when " << join(c.conditions) << "\n";
      out << "      by " << join(row.principals) << "\n      e.g. " << example_text(c) << ": "
          << sim::to_string(c.before) << " -> " << sim::to_string(c.after);
      if (!c.deciding.empty()) out << " (" << (c.added ? "allowed by " : "was allowed by ") << decided_by(d, c) << ")";
      out << "\n";
    }
    for (const auto& [name, was, now] : d.settings) out << "  ~ " << name << ": " << was << " -> " << now << "\n";
    if (!d.access.incomplete.empty()) out << "  ! not exact: " << d.access.incomplete << "\n";
  }
  out << diff_headline(diffs) << "\n(" << kAnyNote << ")\n";
}

void print_diff_markdown(const std::vector<BucketDiff>& diffs, std::ostream& out) {
  out << (widens(diffs) ? "### ⚠ " : "### ") << "bslc diff: " << md_escape(diff_headline(diffs)) << "\n\n";
  for (const auto& d : diffs) {
    out << "<details" << (count(d, true) ? " open" : "") << "><summary><code>" << md_escape(d.name)
        << "</code>: " << count(d, true) << " added, " << count(d, false) << " removed, " << d.settings.size()
        << " settings</summary>\n\n";
    if (!d.access.changes.empty()) {
      out << "| | principals | action | resources | when | example | decided by |\n"
             "|---|---|---|---|---|---|---|\n";
      for (const auto& row : rows_of(d)) {
        const auto& c = *row.first;
        out << "| " << (c.added ? "➕ added" : "➖ removed") << " | " << md_escape(join(row.principals)) << " | "
            << md_escape(action_text(c)) << " | " << md_escape(join(c.resources, "; ")) << " | "
            << md_escape(join(c.conditions)) << " | " << md_escape(example_text(c)) << " | "
            << md_escape(decided_by(d, c)) << " |\n";
      }
      out << "\n";
    }
    if (!d.settings.empty()) {
      out << "| setting | before | after |\n|---|---|---|\n";
      for (const auto& [name, was, now] : d.settings)
        out << "| " << md_escape(name) << " | " << md_escape(was) << " | " << md_escape(now) << " |\n";
      out << "\n";
    }
    if (!d.access.incomplete.empty()) out << "Not exact: " << md_escape(d.access.incomplete) << "\n\n";
    out << "</details>\n\n";
  }
}

void print_diff_json(const std::vector<BucketDiff>& diffs, std::ostream& out) {
  Json j = Json::array();
  for (const auto& d : diffs) {
    Json b;
    b["bucket"] = d.name;
    b["status"] = d.status;
    b["exact"] = d.access.incomplete.empty();
    if (!d.access.incomplete.empty()) b["incomplete"] = d.access.incomplete;
    for (const char* kind : {"added", "removed"}) {
      Json list = Json::array();
      for (const auto& c : d.access.changes) {
        if (c.added != (std::string_view(kind) == "added")) continue;
        Json e;
        e["request"] = Json::parse(request_line(kind, c.example));
        e["resources"] = c.resources;
        e["conditions"] = c.conditions;
        e["before"] = sim::to_string(c.before);
        e["after"] = sim::to_string(c.after);
        e["deciding"] = c.deciding;
        if (!c.deciding.empty()) e["decided_by"] = decided_by(d, c);
        if (c.unnamed_action) e["unnamed_action"] = true;
        list.push_back(std::move(e));
      }
      b[kind] = std::move(list);
    }
    Json settings = Json::array();
    for (const auto& [name, was, now] : d.settings)
      settings.push_back({{"setting", name}, {"before", was}, {"after", now}});
    b["settings"] = std::move(settings);
    j.push_back(std::move(b));
  }
  out << j.dump(2) << "\n";
}

void print_diff_sarif(const std::vector<BucketDiff>& diffs, std::ostream& out) {
  struct Rule {
    const char* id;
    const char* title;
    const char* help;
    const char* level;
  };
  static constexpr std::array<Rule, 3> kRules = {{
      {"access-added", "a change allows requests the old documents denied",
       "Every request of this class was denied before the change and is allowed after it (proved by bslc's "
       "verifier, the example confirmed by its simulator). Make sure the wider access is intended.",
       "warning"},
      {"access-removed", "a change denies requests the old documents allowed",
       "Every request of this class was allowed before the change and is denied after it. Make sure no "
       "legitimate caller depends on it.",
       "note"},
      {"setting-changed", "a bucket setting changed", "A bucket setting differs between the two sides.", "note"},
  }};
  Json rules = Json::array();
  for (const auto& r : kRules)
    rules.push_back({{"id", r.id},
                     {"shortDescription", {{"text", r.title}}},
                     {"fullDescription", {{"text", r.help}}},
                     {"defaultConfiguration", {{"level", r.level}}}});
  // "file:line" -> a SARIF location; none when the line is unknown or on a git revision's side.
  auto location = [](const std::string& where) {
    const size_t colon = where.rfind(':');
    if (where.empty() || colon == std::string::npos || colon + 1 == where.size()) return Json();
    const std::string line = where.substr(colon + 1);
    if (!std::all_of(line.begin(), line.end(), [](char c) { return c >= '0' && c <= '9'; })) return Json();
    return Json::array({{{"physicalLocation",
                          {{"artifactLocation", {{"uri", diag::file_uri(where.substr(0, colon))}}},
                           {"region", {{"startLine", std::stoul(line)}}}}}}});
  };
  Json results = Json::array();
  auto add = [&](size_t rule, const std::string& message, const std::string& where, const std::string& identity) {
    Json r{{"ruleId", kRules[rule].id},
           {"ruleIndex", rule},
           {"level", kRules[rule].level},
           {"message", {{"text", message}}}};
    if (Json loc = location(where); !loc.is_null()) r["locations"] = std::move(loc);
    r["partialFingerprints"] = {{"bslc/v1", sha256_hex(identity)}};
    results.push_back(std::move(r));
  };
  for (const auto& d : diffs) {
    for (const auto& row : rows_of(d)) {
      const auto& c = *row.first;
      std::string message = fmt::format("bucket {}: {} {} on {}", d.name, c.added ? "allows" : "no longer allows",
                                        action_text(c), join(c.resources, "; "));
      if (!c.conditions.empty()) message += " when " + join(c.conditions);
      message += fmt::format(" for {}; e.g. {}: {} -> {}", join(row.principals), example_text(c),
                             sim::to_string(c.before), sim::to_string(c.after));
      if (!c.deciding.empty())
        message += " (" + std::string(c.added ? "allowed by " : "was allowed by ") + decided_by(d, c) + ")";
      std::string where = d.declared_at;
      if (c.added && !c.deciding.empty())
        if (const auto it = d.lines_after.find(c.deciding.front()); it != d.lines_after.end()) where = it->second;
      add(c.added ? 0 : 1, message, where,
          join({d.name, c.added ? "+" : "-", action_text(c), join(c.resources, ";"), join(c.conditions, ";"),
                join(row.principals)},
               "\n"));
    }
    for (const auto& [name, was, now] : d.settings)
      add(2, fmt::format("bucket {}: {}: {} -> {}", d.name, name, was, now), d.declared_at,
          join({d.name, name, was, now}, "\n"));
  }
  Json run;
  run["tool"] = {{"driver", {{"name", "bslc"}, {"version", version_string()}, {"rules", std::move(rules)}}}};
  run["results"] = std::move(results);
  Json log;
  log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  log["version"] = "2.1.0";
  log["runs"] = Json::array({std::move(run)});
  out << log.dump(2, ' ', false, Json::error_handler_t::replace) << "\n";
}

}  // namespace bslc::driver
