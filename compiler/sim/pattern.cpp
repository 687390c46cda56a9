#include "sim/detail/pattern.h"

namespace bslc::sim::detail {
namespace {

constexpr size_t npos = static_cast<size_t>(-1);

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

void push_text(std::vector<Token>& tokens, std::string_view text) {
  if (text.empty()) return;
  if (!tokens.empty() && tokens.back().kind == Token::Kind::Text) {
    tokens.back().text.append(text);
    return;
  }
  tokens.push_back(Token{Token::Kind::Text, std::string(text)});
}

// `${key}` or `${key, 'default'}`; `${*}`, `${?}`, `${$}` are escapes for literal characters.
void push_variable(std::vector<Token>& tokens, std::string_view inner, KeyTable& keys) {
  inner = trim(inner);
  if (inner == "*" || inner == "?" || inner == "$") {
    push_text(tokens, inner);
    return;
  }
  Token var{Token::Kind::Var};
  if (const auto comma = inner.find(','); comma != std::string_view::npos) {
    std::string_view fallback = trim(inner.substr(comma + 1));
    if (fallback.size() >= 2 && fallback.front() == '\'' && fallback.back() == '\'') {
      var.has_default = true;
      var.text = std::string(fallback.substr(1, fallback.size() - 2));
    }
    inner = trim(inner.substr(0, comma));
  }
  var.key = keys.intern(inner);
  tokens.push_back(std::move(var));
}

}  // namespace

Pattern Pattern::compile(std::string_view source, PatternSyntax syntax, KeyTable* keys) {
  Pattern p;
  p.source_ = std::string(source);
  p.fold_ = syntax.fold_case;
  std::vector<Token>& tokens = p.tokens_;
  size_t i = 0;
  while (i < source.size()) {
    const char c = source[i];
    if (syntax.variables && keys && c == '$' && i + 1 < source.size() && source[i + 1] == '{') {
      const size_t close = source.find('}', i + 2);
      if (close != std::string_view::npos) {
        push_variable(tokens, source.substr(i + 2, close - i - 2), *keys);
        p.has_variables_ = p.has_variables_ || tokens.back().kind == Token::Kind::Var;
        i = close + 1;
        continue;
      }
    }
    if (syntax.wildcards && c == '*') {
      p.has_wildcards_ = true;
      if (tokens.empty() || tokens.back().kind != Token::Kind::AnyRun) tokens.push_back(Token{Token::Kind::AnyRun});
    } else if (syntax.wildcards && c == '?') {
      p.has_wildcards_ = true;
      tokens.push_back(Token{Token::Kind::AnyChar});
    } else {
      push_text(tokens, source.substr(i, 1));
    }
    ++i;
  }
  if (p.fold_) {
    for (auto& t : tokens) {
      if (t.kind == Token::Kind::Text) t.text = lower(t.text);
    }
  }
  // Pick the fast shape when there is one.
  using K = Token::Kind;
  if (tokens.empty()) {
    p.shape_ = Shape::Exact;
  } else if (tokens.size() == 1 && tokens[0].kind == K::AnyRun) {
    p.shape_ = Shape::Any;
  } else if (tokens.size() == 1 && tokens[0].kind == K::Text) {
    p.shape_ = Shape::Exact;
    p.literal_ = tokens[0].text;
  } else if (tokens.size() == 2 && tokens[0].kind == K::Text && tokens[1].kind == K::AnyRun) {
    p.shape_ = Shape::Prefix;
    p.literal_ = tokens[0].text;
  } else {
    p.shape_ = Shape::Tokens;
  }
  return p;
}

bool resolve_variable(const Token& var, Slots slots, std::string_view& out) {
  const ValueView& v = slots[var.key];
  switch (v.state) {
    case ValueView::State::Scalar: out = v.text; return true;
    case ValueView::State::Absent:
      if (!var.has_default) return false;
      out = var.text;
      return true;
    case ValueView::State::List: return false;  // multivalued keys cannot be policy variables
  }
  return false;
}

bool Pattern::match(std::string_view value, Slots slots) const {
  switch (shape_) {
    case Shape::Any: return true;
    // With fold_, literal_ is already lower case.
    case Shape::Exact: return fold_ ? iequals_lower(value, literal_) : value == literal_;
    case Shape::Prefix:
      return value.size() >= literal_.size() && (fold_ ? iequals_lower(value.substr(0, literal_.size()), literal_)
                                                       : value.substr(0, literal_.size()) == literal_);
    case Shape::Tokens: return match_tokens(value, slots);
  }
  return false;
}

// Classic wildcard matching with one backtrack point (the last `*`), walking
// tokens instead of characters so variables stay literal text.
bool Pattern::match_tokens(std::string_view v, Slots slots) const {
  const size_t count = tokens_.size();
  const size_t n = v.size();
  size_t ti = 0, off = 0, vi = 0;
  size_t star_ti = npos, star_vi = 0;
  while (true) {
    bool ok = false;
    if (ti == count) {
      if (vi == n) return true;
    } else {
      const Token& t = tokens_[ti];
      if (t.kind == Token::Kind::AnyRun) {
        star_ti = ++ti;
        star_vi = vi;
        off = 0;
        continue;
      }
      if (t.kind == Token::Kind::AnyChar) {
        if (vi < n) {
          ++ti;
          ++vi;
          continue;
        }
      } else {
        std::string_view text = t.text;
        if (t.kind == Token::Kind::Var && !resolve_variable(t, slots, text)) return false;
        if (off == text.size()) {
          ++ti;
          off = 0;
          continue;
        }
        ok = vi < n && (fold_ ? fold(text[off]) == fold(v[vi]) : text[off] == v[vi]);
        if (ok) {
          ++off;
          ++vi;
          continue;
        }
      }
    }
    // Mismatch: let the last `*` swallow one more character, or fail.
    if (star_ti == npos || star_vi >= n) return false;
    vi = ++star_vi;
    ti = star_ti;
    off = 0;
  }
}

}  // namespace bslc::sim::detail
