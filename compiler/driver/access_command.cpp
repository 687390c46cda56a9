// bslc access FILE...: who can do what on each bucket — every (caller, IAM
// action) class the emitted documents allow, found by the verifier's
// encoding and each confirmed by the simulator (verify/diff.h,
// access_classes) — as text, markdown, json or a self-contained HTML matrix
// (rows: callers; columns: action groups; cells: resources and conditions).
#include <fmt/format.h>

#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "diag/xml_escape.h"
#include "driver/bucket_config.h"
#include "driver/commands.h"
#include "driver/diag_options.h"
#include "driver/exit_codes.h"
#include "driver/guard.h"
#include "driver/markdown.h"
#include "driver/pipeline.h"
#include "driver/verification.h"
#include "sim/request_shape.h"
#include "verify/diff.h"

namespace bslc::driver {
namespace {

// Columns of the matrix, in order.
constexpr std::array<const char*, 6> kGroups = {"read", "list", "write", "delete", "manage", "other"};

size_t group_of(const verify::AccessChange& c, const std::string& bucket_arn) {
  if (c.unnamed_action) return 5;
  std::string action = std::string(sim::shape_action(c.example.action, false).action);
  for (char& ch : action) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  const bool bucket_level = c.example.resource == bucket_arn;
  if (action.starts_with("s3:list")) return 1;
  if (bucket_level) return 4;
  if (action.starts_with("s3:get")) return 0;
  if (action.starts_with("s3:delete")) return 3;
  if (action.starts_with("s3:put") || action == "s3:abortmultipartupload" || action == "s3:restoreobject") return 2;
  return 5;
}

// One cell entry: the action, where (the bucket, prefixes, keys) and the key values it needs.
struct Entry {
  std::string action, where;
  std::vector<std::string> conditions;
  auto operator<=>(const Entry&) const = default;
};

struct Matrix {
  std::string bucket, arn, incomplete;
  // caller -> group -> entries
  std::map<std::string, std::array<std::set<Entry>, kGroups.size()>> rows;
};

Matrix matrix_of(const ir::Bucket& b, const verify::AccessDiff& access) {
  Matrix m{b.name, b.arn(), access.incomplete, {}};
  for (const auto& c : access.changes) {
    Entry e;
    e.action = c.unnamed_action ? "any other action" : c.example.action;
    for (const auto& r : c.resources) e.where += (e.where.empty() ? "" : "; ") + r;
    e.conditions = c.conditions;
    m.rows[c.example.principal][group_of(c, b.arn())].insert(std::move(e));
  }
  return m;
}

void print_html(const std::vector<Matrix>& ms, std::ostream& out) {
  out << R"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>bslc access</title>
<style>
body{font-family:system-ui,sans-serif;margin:2em;color:#1f2328}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:2em}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #d0d7de;padding:.4em .6em;vertical-align:top;text-align:left;font-size:.9em}
th{background:#f6f8fa}td.who{font-family:monospace;white-space:nowrap}
.e{display:block;margin:.15em 0;padding:.15em .4em;border-radius:4px}
.read{background:#dafbe1}.list{background:#ddf4ff}.write{background:#fff1c2}
.delete{background:#ffd8d3}.manage{background:#eddeff}.other{background:#eaeef2}
.b{display:inline-block;font-size:.75em;padding:0 .4em;margin-left:.3em;border-radius:1em;background:#fff;border:1px solid #8c959f}
.legend span{display:inline-block;margin-right:1em;padding:.1em .6em;border-radius:4px}
.warn{color:#9a6700}
</style></head><body>
<h1>Who can do what</h1>
<p class="legend">)";
  for (const char* g : kGroups) out << "<span class=\"" << g << "\">" << g << "</span>";
  out << "</p>\n<p>Every class of request the emitted documents allow, proved by bslc's verifier and each "
         "confirmed by its simulator. <code>bslc-any-user</code> and <code>bslc-any-role</code> stand for every "
         "user and role of their account that no document names; badges are the conditions the access needs "
         "beyond what the request's shape fixes.</p>\n";
  for (const auto& m : ms) {
    out << "<h2>" << diag::xml_escape(m.bucket) << "</h2>\n";
    if (!m.incomplete.empty()) out << "<p class=\"warn\">Not exact: " << diag::xml_escape(m.incomplete) << "</p>\n";
    out << "<table><thead><tr><th>caller</th>";
    for (const char* g : kGroups) out << "<th>" << g << "</th>";
    out << "</tr></thead><tbody>\n";
    for (const auto& [who, cells] : m.rows) {
      out << "<tr><td class=\"who\">" << diag::xml_escape(who) << "</td>";
      for (size_t g = 0; g < kGroups.size(); ++g) {
        out << "<td>";
        for (const auto& e : cells[g]) {
          out << "<span class=\"e " << kGroups[g] << "\"><code>" << diag::xml_escape(e.action) << "</code> "
              << diag::xml_escape(e.where);
          for (const auto& c : e.conditions) out << "<span class=\"b\">" << diag::xml_escape(c) << "</span>";
          out << "</span>";
        }
        out << "</td>";
      }
      out << "</tr>\n";
    }
    out << "</tbody></table>\n";
  }
  out << "</body></html>\n";
}

std::string entry_text(const Entry& e) {
  std::string out = e.action + " " + e.where;
  if (!e.conditions.empty()) {
    out += " {";
    for (size_t i = 0; i < e.conditions.size(); ++i) out += (i ? ", " : "") + e.conditions[i];
    out += "}";
  }
  return out;
}

void print_markdown(const std::vector<Matrix>& ms, std::ostream& out) {
  for (const auto& m : ms) {
    out << "### " << md_escape(m.bucket) << "\n\n| caller |";
    for (const char* g : kGroups) out << " " << g << " |";
    out << "\n|---|";
    for (size_t g = 0; g < kGroups.size(); ++g) out << "---|";
    out << "\n";
    for (const auto& [who, cells] : m.rows) {
      out << "| " << md_escape(who) << " |";
      for (const auto& cell : cells) {
        std::string text;
        for (const auto& e : cell) text += (text.empty() ? "" : "<br>") + md_escape(entry_text(e));
        out << " " << text << " |";
      }
      out << "\n";
    }
    if (!m.incomplete.empty()) out << "\nNot exact: " << md_escape(m.incomplete) << "\n";
    out << "\n";
  }
}

void print_text(const std::vector<Matrix>& ms, std::ostream& out) {
  for (const auto& m : ms) {
    out << "bucket " << m.bucket << "\n";
    for (const auto& [who, cells] : m.rows) {
      out << "  " << who << "\n";
      for (size_t g = 0; g < kGroups.size(); ++g)
        for (const auto& e : cells[g]) out << "    " << kGroups[g] << ": " << entry_text(e) << "\n";
    }
    if (!m.incomplete.empty()) out << "  ! not exact: " << m.incomplete << "\n";
  }
}

nlohmann::ordered_json to_json(const std::vector<Matrix>& ms) {
  nlohmann::ordered_json j = nlohmann::ordered_json::array();
  for (const auto& m : ms) {
    nlohmann::ordered_json b;
    b["bucket"] = m.bucket;
    b["exact"] = m.incomplete.empty();
    nlohmann::ordered_json callers = nlohmann::ordered_json::object();
    for (const auto& [who, cells] : m.rows) {
      nlohmann::ordered_json groups = nlohmann::ordered_json::object();
      for (size_t g = 0; g < kGroups.size(); ++g) {
        if (cells[g].empty()) continue;
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const auto& e : cells[g])
          list.push_back({{"action", e.action}, {"where", e.where}, {"conditions", e.conditions}});
        groups[kGroups[g]] = std::move(list);
      }
      callers[who] = std::move(groups);
    }
    b["callers"] = std::move(callers);
    j.push_back(std::move(b));
  }
  return j;
}

}  // namespace

int run_access(const AccessOptions& o, Streams streams) {
  return guarded(streams, [&] {
    if (!validate_diag_options(o.diag, streams.err)) return kExitUsage;
    std::vector<Matrix> matrices;
    bool errors = false;
    for (const auto& file : o.files) {
      PipelineResult result = run_pipeline({file}, PipelineOptions{.target_warnings = false, .verify = false});
      auto diagnostics = filter_diagnostics(std::move(result.diagnostics), o.diag);
      if (has_errors(diagnostics) || !result.documents) {
        report_diagnostics(diagnostics, o.diag, streams);
        streams.err << file << ": no access shown: the spec has errors\n";
        errors = true;
        continue;
      }
      for (const auto& b : result.analysis.model.buckets) {
        for (const auto& docs : result.documents->buckets) {
          if (docs.bucket_id != b.id) continue;
          SimulatedBucket simulated = simulated_bucket(b, docs);
          const verify::DiffSide side{std::move(simulated.config), std::move(simulated.attached_by_account)};
          matrices.push_back(matrix_of(
              b, verify::access_classes(
                     side, b.arn(),
                     {.timeout = std::chrono::milliseconds(static_cast<int64_t>(o.timeout_seconds * 1000))})));
        }
      }
    }
    if (errors) return kExitFindings;
    switch (o.format) {
      case AccessOptions::Format::Text: print_text(matrices, streams.out); break;
      case AccessOptions::Format::Markdown: print_markdown(matrices, streams.out); break;
      case AccessOptions::Format::Html: print_html(matrices, streams.out); break;
      case AccessOptions::Format::Json: streams.out << to_json(matrices).dump(2) << "\n"; break;
    }
    return kExitOk;
  });
}

}  // namespace bslc::driver
