// SARIF 2.1.0 rendering (report.h). The shape follows the OASIS SARIF 2.1.0
// schema, which tests/unit/cli validates every rendered log against.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>

#include "diag/explain.h"
#include "diag/report.h"

namespace bslc::diag {
namespace {

using Json = nlohmann::ordered_json;

std::string_view sarif_level(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "note";
  }
  return "error";
}

std::string lower(std::string_view id) {
  std::string out(id);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

Json rule_json(Code code, const ToolInfo& tool) {
  const CodeInfo& ci = info(code);
  Json rule;
  rule["id"] = std::string(ci.id);
  rule["shortDescription"] = Json{{"text", std::string(ci.title)}};
  if (const auto ex = explanation(code)) {
    rule["fullDescription"] = Json{{"text", std::string(ex->why)}};
    const std::string markdown = fmt::format("{}\n\nTriggers it:\n\n```{}\n{}\n```\n\nFixed:\n\n```{}\n{}\n```\n",
                                             ex->why, ex->language, ex->bad, ex->language, ex->good);
    rule["help"] = Json{{"text", fmt::format("{} Run `bslc explain {}` for an example and its fix.", ex->why, ci.id)},
                        {"markdown", markdown}};
  }
  if (!tool.docs_url.empty()) rule["helpUri"] = fmt::format("{}#{}", tool.docs_url, lower(ci.id));
  rule["defaultConfiguration"] = Json{{"level", std::string(sarif_level(ci.default_severity))}};
  return rule;
}

Json physical_location(const Location& loc) {
  const LineCol b = loc.source->line_col(loc.span.begin);
  const LineCol e = loc.source->line_col(loc.span.end > loc.span.begin ? loc.span.end : loc.span.begin);
  Json region{{"startLine", b.line}, {"startColumn", b.col}};
  // SARIF's end column is exclusive, like our spans; an empty span marks one column.
  region["endLine"] = e.line;
  region["endColumn"] = loc.span.end > loc.span.begin ? e.col : b.col + 1;
  return Json{{"artifactLocation", Json{{"uri", file_uri(loc.source->name())}}}, {"region", std::move(region)}};
}

std::string message_text(const Diagnostic& d) {
  std::string text = d.message;
  for (const auto& n : d.notes)
    if (!n.loc.valid()) text += "\nnote: " + n.message;
  if (!d.help.empty()) text += "\nhelp: " + d.help;
  return text;
}

}  // namespace

std::string render_sarif(const std::vector<Diagnostic>& ds, const ToolInfo& tool) {
  // Rules in codes.def order, only those that occur; results refer to them by index.
  std::vector<Code> codes;
  for (const auto& d : ds)
    if (std::find(codes.begin(), codes.end(), d.code) == codes.end()) codes.push_back(d.code);
  std::sort(codes.begin(), codes.end(), [](Code a, Code b) { return static_cast<int>(a) < static_cast<int>(b); });

  Json rules = Json::array();
  for (Code c : codes) rules.push_back(rule_json(c, tool));

  Json driver{{"name", "bslc"}, {"version", tool.version}};
  if (!tool.docs_url.empty()) driver["informationUri"] = tool.docs_url;
  driver["rules"] = std::move(rules);

  const auto prints = fingerprints(ds);
  Json results = Json::array();
  for (size_t i = 0; i < ds.size(); ++i) {
    const Diagnostic& d = ds[i];
    Json r;
    r["ruleId"] = std::string(info(d.code).id);
    r["ruleIndex"] = std::find(codes.begin(), codes.end(), d.code) - codes.begin();
    r["level"] = std::string(sarif_level(d.severity));
    r["message"] = Json{{"text", message_text(d)}};
    if (d.loc.valid()) r["locations"] = Json::array({Json{{"physicalLocation", physical_location(d.loc)}}});
    Json related = Json::array();
    for (const auto& n : d.notes) {
      if (!n.loc.valid()) continue;
      related.push_back(Json{{"id", related.size()},
                             {"physicalLocation", physical_location(n.loc)},
                             {"message", Json{{"text", n.message}}}});
    }
    if (!related.empty()) r["relatedLocations"] = std::move(related);
    r["partialFingerprints"] = Json{{"bslc/v1", prints[i]}};
    if (!d.scope.empty()) r["properties"] = Json{{"scope", d.scope}};
    results.push_back(std::move(r));
  }

  Json run;
  run["tool"] = Json{{"driver", std::move(driver)}};
  run["columnKind"] = "unicodeCodePoints";
  run["results"] = std::move(results);

  Json log;
  log["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json";
  log["version"] = "2.1.0";
  log["runs"] = Json::array({std::move(run)});
  return log.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace bslc::diag
