#include "driver/diag_options.h"

#include <algorithm>

#include "diag/render.h"
#include "diag/report.h"
#include "driver/version.h"

namespace bslc::driver {

std::optional<DiagFormat> parse_diag_format(std::string_view name) {
  if (name == "text") return DiagFormat::Text;
  if (name == "json") return DiagFormat::Json;
  if (name == "sarif") return DiagFormat::Sarif;
  if (name == "github") return DiagFormat::Github;
  if (name == "junit") return DiagFormat::Junit;
  return std::nullopt;
}

bool validate_diag_options(const DiagOptions& options, std::ostream& err) {
  for (const auto& id : options.disabled) {
    const auto code = diag::parse_code(id);
    if (!code) {
      err << "bslc: error: --disable: unknown diagnostic code `" << id << "`\n";
      return false;
    }
    if (diag::info(*code).default_severity == diag::Severity::Error) {
      err << "bslc: error: --disable: `" << diag::info(*code).id << "` is an error and cannot be disabled\n";
      return false;
    }
  }
  return true;
}

std::vector<diag::Diagnostic> filter_diagnostics(std::vector<diag::Diagnostic> ds, const DiagOptions& options) {
  std::vector<diag::Code> disabled;
  for (const auto& id : options.disabled)
    if (auto code = diag::parse_code(id)) disabled.push_back(*code);

  std::vector<diag::Diagnostic> kept;
  for (auto& d : ds) {
    const bool is_disabled =
        d.severity != diag::Severity::Error && std::find(disabled.begin(), disabled.end(), d.code) != disabled.end();
    if (is_disabled) continue;
    // Two stages may both notice one problem (a check and an emitter); say it once.
    const bool duplicate = std::any_of(kept.begin(), kept.end(), [&](const diag::Diagnostic& k) {
      return k.code == d.code && k.message == d.message && k.loc.source == d.loc.source && k.loc.span == d.loc.span;
    });
    if (duplicate) continue;
    if (options.werror && d.severity == diag::Severity::Warning) d.severity = diag::Severity::Error;
    kept.push_back(std::move(d));
  }
  diag::DiagnosticSink sorter;
  sorter.append(std::move(kept));
  sorter.sort();
  return sorter.take();
}

bool has_errors(const std::vector<diag::Diagnostic>& ds) {
  return std::any_of(ds.begin(), ds.end(),
                     [](const diag::Diagnostic& d) { return d.severity == diag::Severity::Error; });
}

void report_diagnostics(const std::vector<diag::Diagnostic>& ds, const DiagOptions& options, Streams streams,
                        const HiddenCounts& hidden) {
  switch (options.format) {
    case DiagFormat::Json: streams.out << diag::render_json(ds); break;
    case DiagFormat::Sarif: streams.out << diag::render_sarif(ds, diag::ToolInfo{version_string(), docs_url()}); break;
    case DiagFormat::Github: streams.out << diag::render_github(ds); break;
    case DiagFormat::Text:
    case DiagFormat::Junit: streams.err << diag::render_text(ds, diag::TextStyle{options.color}); break;
  }
  streams.err << diag::summary_line(ds, hidden.acknowledged, hidden.baselined) << "\n";
}

}  // namespace bslc::driver
