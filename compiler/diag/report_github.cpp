// GitHub Actions workflow commands (report.h). Escaping follows the runner's
// rules: data escapes %, CR and LF; property values also escape : and ,.
#include <fmt/format.h>

#include "diag/report.h"

namespace bslc::diag {
namespace {

std::string escape_data(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else
      out += c;
  }
  return out;
}

std::string escape_property(std::string_view s) {
  std::string out;
  for (char c : escape_data(s)) {
    if (c == ':')
      out += "%3A";
    else if (c == ',')
      out += "%2C";
    else
      out += c;
  }
  return out;
}

std::string_view level_of(Severity s) {
  switch (s) {
    case Severity::Error: return "error";
    case Severity::Warning: return "warning";
    case Severity::Note: return "notice";
  }
  return "error";
}

}  // namespace

std::string github_command(std::string_view level, std::string_view file, uint32_t line, std::string_view title,
                           std::string_view message) {
  std::string props;
  auto add = [&](std::string_view key, std::string_view value) {
    props += props.empty() ? " " : ",";
    props += fmt::format("{}={}", key, escape_property(value));
  };
  if (!file.empty()) add("file", file);
  if (line > 0) add("line", std::to_string(line));
  if (!title.empty()) add("title", title);
  return fmt::format("::{}{}::{}\n", level, props, escape_data(message));
}

std::string render_github(const std::vector<Diagnostic>& ds) {
  std::string out;
  for (const auto& d : ds) {
    const CodeInfo& ci = info(d.code);
    std::string message = d.message;
    if (!d.help.empty()) message += "\nhelp: " + d.help;
    std::string props;
    auto add = [&](std::string_view key, std::string_view value) {
      props += props.empty() ? " " : ",";
      props += fmt::format("{}={}", key, escape_property(value));
    };
    if (d.loc.valid()) {
      const LineCol b = d.loc.source->line_col(d.loc.span.begin);
      const LineCol e = d.loc.source->line_col(d.loc.span.end > d.loc.span.begin ? d.loc.span.end : d.loc.span.begin);
      add("file", d.loc.source->name());
      add("line", std::to_string(b.line));
      add("col", std::to_string(b.col));
      add("endLine", std::to_string(e.line));
      // GitHub's endColumn is inclusive; our span end is exclusive.
      if (e.line == b.line && e.col > b.col) add("endColumn", std::to_string(e.col - 1));
    }
    add("title", fmt::format("{} {}", ci.id, ci.title));
    out += fmt::format("::{}{}::{}\n", level_of(d.severity), props, escape_data(message));
  }
  return out;
}

}  // namespace bslc::diag
