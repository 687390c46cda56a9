#include "syntax/format.h"

#include <antlr4-runtime.h>

#include <algorithm>
#include <vector>

#include "syntax/antlr_lock.h"
#include "syntax/generated.h"

namespace bslc::syntax {
namespace {

using L = bslcgen::BslLexer;

struct Tok {
  std::string text;
  size_t type = 0;
  bool comment() const { return type == L::LINE_COMMENT || type == L::BLOCK_COMMENT; }
  bool opens() const { return type == L::LBRACE || type == L::LBRACK; }
  bool closes() const { return type == L::RBRACE || type == L::RBRACK; }
};

struct Line {
  std::vector<Tok> toks;
  int depth = 0;
  bool blank_before = false;
  std::vector<size_t> pad;  // per token: the width to pad it to (alignment), 0 = none
  size_t code_tokens() const {
    return static_cast<size_t>(std::count_if(toks.begin(), toks.end(), [](const Tok& t) { return !t.comment(); }));
  }
};

std::vector<Line> lines_of(std::string_view text) {
  while (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  const std::lock_guard<std::mutex> one_lexer_at_a_time(antlr_mutex());
  antlr4::ANTLRInputStream input(text.data(), text.size());
  L lexer(&input);
  lexer.removeErrorListeners();
  std::vector<Line> lines;
  size_t previous_end = 0;
  for (const auto& t : lexer.getAllTokens()) {
    if (t->getType() == antlr4::Token::EOF) break;
    std::string token_text = t->getText();
    token_text.erase(std::remove(token_text.begin(), token_text.end(), '\r'), token_text.end());
    const size_t line = t->getLine();
    if (lines.empty() || line > previous_end) {
      Line l;
      l.blank_before = !lines.empty() && line > previous_end + 1;
      lines.push_back(std::move(l));
    }
    previous_end = line + static_cast<size_t>(std::count(token_text.begin(), token_text.end(), '\n'));
    lines.back().toks.push_back({std::move(token_text), t->getType()});
  }
  return lines;
}

// Words that continue a statement and never start one: a line that starts
// with one is the previous line's continuation, indented one level more.
bool continues(const Tok& t) {
  switch (t.type) {
    case L::WHERE:
    case L::AND:
    case L::NOT:
    case L::UNLESS:
    case L::WITH:
    case L::BY:
    case L::EXCEPT:
    case L::BECAUSE:
    case L::TO:
    case L::PREFIX:
    case L::SUFFIX:
    case L::IN:
    case L::ON:
    case L::FOR:
    case L::LIKE: return true;
    default: return false;
  }
}

void indent(std::vector<Line>& lines) {
  int depth = 0;
  for (auto& l : lines) {
    int leading_closers = 0;
    for (const auto& t : l.toks) {
      if (!t.closes()) break;
      ++leading_closers;
    }
    l.depth = std::max(0, depth - leading_closers);
    if (!l.toks.empty() && continues(l.toks.front())) ++l.depth;
    for (const auto& t : l.toks) depth += t.opens() ? 1 : t.closes() ? -1 : 0;
    depth = std::max(depth, 0);
  }
}

// Blank lines never open or close a block.
void tidy_blank_lines(std::vector<Line>& lines) {
  for (size_t i = 0; i < lines.size(); ++i) {
    if (i == 0) lines[i].blank_before = false;
    if (i > 0 && !lines[i - 1].toks.empty() && lines[i - 1].toks.back().opens()) lines[i].blank_before = false;
    if (!lines[i].toks.empty() && lines[i].toks.front().closes()) lines[i].blank_before = false;
  }
}

enum class Shape { Other, Pair, Constant };

Shape shape_of(const Line& l) {
  if (l.toks.empty() || l.toks.front().comment() || continues(l.toks.front())) return Shape::Other;
  const size_t code = l.code_tokens();
  for (size_t i = 0; i < code; ++i)
    if (l.toks[i].comment()) return Shape::Other;  // a comment inside the code
  auto word = [](const Tok& t) { return t.type != L::STRING && !t.opens() && !t.closes() && t.type != L::COMMA; };
  if (code == 2 && word(l.toks[0]) && !l.toks[1].opens() && !l.toks[1].closes()) return Shape::Pair;
  if (code >= 4 && l.depth == 0 && word(l.toks[0]) && word(l.toks[1]) && l.toks[2].type == L::ASSIGN)
    return Shape::Constant;
  return Shape::Other;
}

// Runs of two or more consecutive lines of one shape, at one depth, are aligned.
void align(std::vector<Line>& lines) {
  for (size_t i = 0; i < lines.size();) {
    const Shape s = shape_of(lines[i]);
    size_t j = i + 1;
    while (j < lines.size() && !lines[j].blank_before && lines[j].depth == lines[i].depth && shape_of(lines[j]) == s)
      ++j;
    if (s != Shape::Other && j - i >= 2) {
      const size_t columns = s == Shape::Pair ? 1 : 2;
      for (size_t c = 0; c < columns; ++c) {
        size_t width = 0;
        for (size_t k = i; k < j; ++k) width = std::max(width, lines[k].toks[c].text.size());
        for (size_t k = i; k < j; ++k) {
          lines[k].pad.resize(lines[k].toks.size());
          lines[k].pad[c] = width;
        }
      }
    }
    i = j;
  }
}

bool space_between(const Tok& a, const Tok& b) {
  if (b.type == L::COMMA || b.type == L::RBRACK) return false;
  if (a.type == L::LBRACK) return false;
  if (a.type == L::LBRACE && b.type == L::RBRACE) return false;
  return true;
}

}  // namespace

std::string format_bsl(std::string_view text) {
  std::vector<Line> lines = lines_of(text);
  indent(lines);
  tidy_blank_lines(lines);
  align(lines);
  std::string out;
  for (const auto& l : lines) {
    if (l.blank_before) out += '\n';
    out.append(static_cast<size_t>(l.depth) * 2, ' ');
    for (size_t i = 0; i < l.toks.size(); ++i) {
      if (i > 0 && space_between(l.toks[i - 1], l.toks[i])) out += ' ';
      out += l.toks[i].text;
      if (i < l.pad.size() && l.pad[i] > l.toks[i].text.size()) out.append(l.pad[i] - l.toks[i].text.size(), ' ');
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    out += '\n';
  }
  return out;
}

}  // namespace bslc::syntax
