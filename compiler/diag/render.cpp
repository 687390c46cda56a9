#include "diag/render.h"

#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>

namespace bslc::diag {
namespace {

struct Paint {
  bool on;
  std::string operator()(std::string_view code, std::string_view text) const {
    if (!on) return std::string(text);
    return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
  }
};

std::string_view severity_color(Severity s) {
  switch (s) {
    case Severity::Error: return "1;31";
    case Severity::Warning: return "1;33";
    case Severity::Note: return "1;36";
  }
  return "1";
}

// Replaces tabs, control bytes and invalid UTF-8 (one `?` per bad byte) so
// the caret line stays aligned and the output is always valid UTF-8.
std::string printable(std::string_view line) {
  std::string out;
  for (size_t i = 0; i < line.size();) {
    const auto u = static_cast<unsigned char>(line[i]);
    if (u < 0x80) {
      out += (u < 0x20 || u == 0x7f) ? ' ' : static_cast<char>(u);
      ++i;
      continue;
    }
    const size_t len = u >= 0xF0 && u <= 0xF4 ? 4 : u >= 0xE0 ? 3 : u >= 0xC2 && u <= 0xDF ? 2 : 0;
    bool ok = len != 0 && i + len <= line.size();
    for (size_t k = 1; ok && k < len; ++k) ok = (static_cast<unsigned char>(line[i + k]) & 0xC0) == 0x80;
    if (ok) {
      out.append(line.substr(i, len));
      i += len;
    } else {
      out += '?';
      ++i;
    }
  }
  return out;
}

size_t display_width(std::string_view s) {
  size_t n = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  return n;
}

std::string location_prefix(const Location& loc) {
  if (!loc.valid()) return "bslc";
  const LineCol lc = loc.source->line_col(loc.span.begin);
  return fmt::format("{}:{}:{}", loc.source->name(), lc.line, lc.col);
}

// The source line of loc and a caret underline spanning the part of the span on that line.
void excerpt(std::string& out, const Location& loc, const Paint& paint, std::string_view color) {
  if (!loc.valid()) return;
  const Source& src = *loc.source;
  const LineCol begin = src.line_col(loc.span.begin);
  const std::string_view line = src.line_text(begin.line);
  const std::string gutter = std::to_string(begin.line);
  const std::string pad(gutter.size(), ' ');
  // Only show the first 200 columns of very long lines (minified or binary input).
  const std::string shown = printable(line.substr(0, std::min<size_t>(line.size(), 400)));
  out += fmt::format("{} |\n{} | {}\n", pad, gutter, shown);
  const size_t start_col = begin.col - 1;
  size_t width = 1;
  const LineCol end = src.line_col(loc.span.end > loc.span.begin ? loc.span.end : loc.span.begin);
  if (end.line == begin.line && end.col > begin.col)
    width = end.col - begin.col;
  else if (end.line != begin.line)
    width = std::max<size_t>(1, display_width(line) - std::min(display_width(line), start_col));
  width = std::min<size_t>(width, 200);
  out += fmt::format("{} | {}{}\n", pad, std::string(std::min<size_t>(start_col, 400), ' '),
                     paint(color, std::string(width, '^')));
}

}  // namespace

std::string render_text(const Diagnostic& d, const TextStyle& style) {
  const Paint paint{style.color};
  std::string out;
  const CodeInfo& ci = info(d.code);
  out += fmt::format("{}: {}: {}\n", location_prefix(d.loc),
                     paint(severity_color(d.severity), fmt::format("{}[{}]", severity_name(d.severity), ci.id)),
                     d.message);
  excerpt(out, d.loc, paint, severity_color(d.severity));
  for (const Note& n : d.notes) {
    if (n.loc.valid()) {
      out += fmt::format("{}: {}: {}\n", location_prefix(n.loc), paint("1;36", "note"), n.message);
      excerpt(out, n.loc, paint, "1;36");
    } else {
      out += fmt::format("  = note: {}\n", n.message);
    }
  }
  if (!d.help.empty()) out += fmt::format("  = {}: {}\n", paint("1", "help"), d.help);
  return out;
}

std::string render_text(const std::vector<Diagnostic>& ds, const TextStyle& style) {
  std::string out;
  for (const auto& d : ds) out += render_text(d, style);
  return out;
}

namespace {
nlohmann::ordered_json location_json(const Location& loc) {
  nlohmann::ordered_json j;
  if (!loc.valid()) return j;
  const LineCol b = loc.source->line_col(loc.span.begin);
  const LineCol e = loc.source->line_col(loc.span.end);
  j["file"] = loc.source->name();
  j["line"] = b.line;
  j["column"] = b.col;
  j["end_line"] = e.line;
  j["end_column"] = e.col;
  return j;
}
}  // namespace

std::string render_json(const std::vector<Diagnostic>& ds) {
  nlohmann::ordered_json arr = nlohmann::ordered_json::array();
  for (const auto& d : ds) {
    nlohmann::ordered_json j;
    j["severity"] = std::string(severity_name(d.severity));
    j["code"] = std::string(info(d.code).id);
    j["message"] = d.message;
    const auto where = location_json(d.loc);
    for (auto it = where.begin(); it != where.end(); ++it) j[it.key()] = it.value();
    nlohmann::ordered_json notes = nlohmann::ordered_json::array();
    for (const auto& n : d.notes) {
      nlohmann::ordered_json nj;
      nj["message"] = n.message;
      const auto note_where = location_json(n.loc);
      for (auto it = note_where.begin(); it != note_where.end(); ++it) nj[it.key()] = it.value();
      notes.push_back(std::move(nj));
    }
    j["notes"] = std::move(notes);
    j["help"] = d.help;
    arr.push_back(std::move(j));
  }
  // Replace invalid UTF-8 from user input rather than throwing.
  return arr.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

std::string summary_line(const std::vector<Diagnostic>& ds, size_t acknowledged, size_t baselined) {
  size_t errors = 0, warnings = 0, notes = 0;
  for (const auto& d : ds) {
    if (d.severity == Severity::Error)
      ++errors;
    else if (d.severity == Severity::Warning)
      ++warnings;
    else
      ++notes;
  }
  auto plural = [](size_t n, std::string_view word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); };
  std::string hidden;
  if (acknowledged > 0) hidden += fmt::format("{} acknowledged", acknowledged);
  if (baselined > 0) hidden += fmt::format("{}{} baselined", hidden.empty() ? "" : ", ", baselined);
  if (!hidden.empty()) hidden = " (" + hidden + ")";
  if (errors + warnings + notes == 0) return "no problems found" + hidden;
  return fmt::format("{}, {}, {}{}", plural(errors, "error"), plural(warnings, "warning"), plural(notes, "note"),
                     hidden);
}

}  // namespace bslc::diag
