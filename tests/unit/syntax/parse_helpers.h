// Helpers for the syntax tests: parse a string, look at the diagnostics as
// "E0101@3:5" and at AST spans as the source text they cover.
#pragma once
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "ast/ast.h"
#include "diag/diagnostic.h"
#include "syntax/parse.h"

namespace bslc::syntax::testing {

struct Parsed {
  ast::File file;
  std::vector<diag::Diagnostic> diags;

  bool ok() const { return diags.empty(); }
  size_t error_count() const {
    size_t n = 0;
    for (const auto& d : diags) n += d.severity == diag::Severity::Error ? 1 : 0;
    return n;
  }
  // The source text a span covers.
  std::string_view text(Span span) const { return file.source->slice(span); }
  // "line:col" of a span's start.
  std::string at(Span span) const {
    const LineCol lc = file.source->line_col(span.begin);
    return std::to_string(lc.line) + ":" + std::to_string(lc.col);
  }
  // "E0101@3:5" for diagnostic i.
  std::string where(size_t i) const {
    const diag::Diagnostic& d = diags.at(i);
    return std::string(diag::info(d.code).id) + "@" + at(d.loc.span);
  }
  // Every diagnostic, one per line, for failure messages.
  std::string report() const {
    std::string out;
    for (size_t i = 0; i < diags.size(); ++i) out += where(i) + " " + diags[i].message + "\n";
    return out;
  }
};

inline Parsed parse_text(std::string text, const ParseLimits& limits = {}) {
  auto source = std::make_shared<const Source>("test.bsl", std::move(text));
  diag::DiagnosticSink sink;
  Parsed p;
  p.file = parse(source, sink, limits);
  p.diags = sink.take();
  if (!p.file.source) p.file.source = source;
  return p;
}

// Parses `bucket b { <settings> }`: the test fails unless it parses cleanly to one setting.
inline Parsed parse_setting(const std::string& setting) {
  Parsed p = parse_text("bucket b {\n  " + setting + "\n}\n");
  EXPECT_TRUE(p.ok()) << setting << "\n" << p.report();
  EXPECT_EQ(p.file.buckets.size(), 1u);
  if (!p.file.buckets.empty()) {
    EXPECT_EQ(p.file.buckets[0].settings.size(), 1u) << setting;
  }
  return p;
}

inline const ast::Setting& only_setting(const Parsed& p) {
  static const ast::Setting empty{};
  if (p.file.buckets.empty() || p.file.buckets[0].settings.empty()) return empty;
  return p.file.buckets[0].settings[0];
}

template <class T>
const T& setting_as(const Parsed& p) {
  static const T empty{};
  const T* s = std::get_if<T>(&only_setting(p).kind);
  EXPECT_NE(s, nullptr) << "setting is `" << ast::setting_keyword(only_setting(p).kind) << "`";
  return s ? *s : empty;
}

}  // namespace bslc::syntax::testing
