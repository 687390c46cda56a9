#include "verify/string_classes.h"

#include <algorithm>
#include <deque>
#include <map>
#include <unordered_map>

namespace bslc::verify {
namespace {

using Kind = Glob::Element::Kind;
using sim::detail::Token;

char fold(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Appends the tokens of one simulator pattern; false on a policy variable.
bool append_tokens(const sim::detail::Pattern& pattern, bool no_colon, Glob& out) {
  for (const Token& t : pattern.tokens()) {
    switch (t.kind) {
      case Token::Kind::Text:
        for (char c : t.text) out.elements.push_back({Kind::Char, c, false});
        break;
      case Token::Kind::AnyRun: out.elements.push_back({Kind::AnyRun, 0, no_colon}); break;
      case Token::Kind::AnyChar: out.elements.push_back({Kind::AnyChar, 0, no_colon}); break;
      case Token::Kind::Var: return false;
    }
  }
  return true;
}

// Position sets of one automaton: bit p = "the first p elements are matched".
struct Automaton {
  const Glob* glob = nullptr;
  size_t words = 0;
  size_t offset = 0;  // first word in the product state
};

class Product {
 public:
  Product(const std::vector<Glob>& patterns, const std::vector<Glob>& domain) {
    for (const auto& g : patterns) add(g);
    pattern_count_ = automata_.size();
    for (const auto& g : domain) add(g);
    alphabet_ = alphabet(patterns, domain);
  }

  std::vector<uint64_t> start() const {
    std::vector<uint64_t> s(total_words_, 0);
    for (const auto& a : automata_) {
      s[a.offset] = 1;
      close(a, s);
    }
    return s;
  }

  // The next state on character c.
  void step(const std::vector<uint64_t>& from, char c, std::vector<uint64_t>& to) const {
    std::fill(to.begin(), to.end(), 0);
    for (const auto& a : automata_) {
      const auto& el = a.glob->elements;
      for (size_t p = 0; p < el.size(); ++p) {
        if (!test(from, a, p)) continue;
        const auto& e = el[p];
        switch (e.kind) {
          case Kind::Char:
            if (a.glob->fold ? fold(e.c) == fold(c) : e.c == c) set(to, a, p + 1);
            break;
          case Kind::AnyChar:
            if (!(e.no_colon && c == ':')) set(to, a, p + 1);
            break;
          case Kind::AnyRun:
            if (!(e.no_colon && c == ':')) set(to, a, p);
            break;
        }
      }
      close(a, to);
    }
  }

  bool accepts(const std::vector<uint64_t>& s, size_t automaton) const {
    const auto& a = automata_[automaton];
    return test(s, a, a.glob->elements.size());
  }
  bool alive(const std::vector<uint64_t>& s, size_t automaton) const {
    const auto& a = automata_[automaton];
    for (size_t w = 0; w < a.words; ++w)
      if (s[a.offset + w]) return true;
    return false;
  }
  size_t pattern_count() const { return pattern_count_; }
  size_t automaton_count() const { return automata_.size(); }
  const std::string& letters() const { return alphabet_; }

 private:
  void add(const Glob& g) {
    Automaton a;
    a.glob = &g;
    a.words = (g.elements.size() + 1 + 63) / 64;
    a.offset = total_words_;
    total_words_ += a.words;
    automata_.push_back(a);
  }
  static bool test(const std::vector<uint64_t>& s, const Automaton& a, size_t p) {
    return (s[a.offset + p / 64] >> (p % 64)) & 1;
  }
  static void set(std::vector<uint64_t>& s, const Automaton& a, size_t p) { s[a.offset + p / 64] |= 1ull << (p % 64); }
  // A `*` may match nothing: position p before a run also reaches p + 1.
  static void close(const Automaton& a, std::vector<uint64_t>& s) {
    const auto& el = a.glob->elements;
    for (size_t p = 0; p < el.size(); ++p) {
      if (el[p].kind == Kind::AnyRun && test(s, a, p)) set(s, a, p + 1);
    }
  }
  // Every character a literal names (both cases where a pattern folds), ':'
  // and one filler that no literal names: all other characters behave like it.
  static std::string alphabet(const std::vector<Glob>& patterns, const std::vector<Glob>& domain) {
    std::string chars;
    auto note = [&](const Glob& g) {
      for (const auto& e : g.elements) {
        if (e.kind != Kind::Char) continue;
        chars.push_back(e.c);
        if (g.fold) {
          chars.push_back(fold(e.c));
          if (e.c >= 'a' && e.c <= 'z') chars.push_back(static_cast<char>(e.c - 'a' + 'A'));
        }
      }
    };
    for (const auto& g : patterns) note(g);
    for (const auto& g : domain) note(g);
    chars.push_back(':');
    std::sort(chars.begin(), chars.end());
    chars.erase(std::unique(chars.begin(), chars.end()), chars.end());
    for (char f : std::string_view("xzqjkvwyfghmbdu0123456789_-.")) {
      if (chars.find(f) == std::string::npos) {
        // The filler goes first: witnesses prefer a plain character.
        return std::string(1, f) + chars;
      }
    }
    for (int c = 0x21; c < 0x7f; ++c) {
      if (chars.find(static_cast<char>(c)) == std::string::npos) return std::string(1, static_cast<char>(c)) + chars;
    }
    return chars;  // every printable character is literal somewhere
  }

  std::vector<Automaton> automata_;
  size_t pattern_count_ = 0;
  size_t total_words_ = 0;
  std::string alphabet_;
};

struct StateHash {
  size_t operator()(const std::vector<uint64_t>& s) const {
    uint64_t h = 1469598103934665603ull;
    for (uint64_t w : s) h = (h ^ w) * 1099511628211ull;
    return static_cast<size_t>(h);
  }
};

}  // namespace

Glob Glob::literal(std::string_view text, bool fold_case) {
  Glob g;
  g.fold = fold_case;
  for (char c : text) g.elements.push_back({Kind::Char, c, false});
  return g;
}

Glob Glob::prefix(std::string_view text) {
  Glob g = literal(text);
  g.elements.push_back({Kind::AnyRun, 0, false});
  return g;
}

bool Glob::from_pattern(const sim::detail::Pattern& pattern, Glob& out) {
  out = Glob{};
  out.fold = pattern.folds_case();
  return append_tokens(pattern, false, out);
}

bool Glob::from_arn_pattern(const sim::detail::ArnPattern& pattern, Glob& out) {
  out = Glob{};
  const auto& fields = pattern.fields();
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out.elements.push_back({Kind::Char, ':', false});
    // Before the last pattern field, a field of the value holds no colon (sim/detail/arn.h).
    if (!append_tokens(fields[i], i + 1 < fields.size(), out)) return false;
  }
  return true;
}

StringClasses enumerate_classes(const std::vector<Glob>& patterns, const std::vector<Glob>& domain, size_t max_states) {
  Product product(patterns, domain);
  StringClasses out;
  std::unordered_map<std::vector<uint64_t>, std::string, StateHash> seen;
  std::map<std::vector<bool>, size_t> classes;  // signature -> witness index
  std::deque<const std::vector<uint64_t>*> queue;

  auto valid = [&](const std::vector<uint64_t>& s) {
    if (domain.empty()) return true;
    for (size_t d = product.pattern_count(); d < product.automaton_count(); ++d)
      if (product.accepts(s, d)) return true;
    return false;
  };
  auto may_become_valid = [&](const std::vector<uint64_t>& s) {
    if (domain.empty()) return true;
    for (size_t d = product.pattern_count(); d < product.automaton_count(); ++d)
      if (product.alive(s, d)) return true;
    return false;
  };
  auto visit = [&](std::vector<uint64_t> state, std::string witness) {
    if (!may_become_valid(state)) return;
    auto [it, inserted] = seen.emplace(std::move(state), std::move(witness));
    if (!inserted) return;
    const auto& s = it->first;
    if (valid(s)) {
      // Which patterns match, and which domain shapes (a bucket and an object
      // differ for the policies even when no pattern tells them apart).
      std::vector<bool> signature(product.automaton_count());
      for (size_t i = 0; i < signature.size(); ++i) signature[i] = product.accepts(s, i);
      if (classes.emplace(std::move(signature), out.witnesses.size()).second) out.witnesses.push_back(it->second);
    }
    queue.push_back(&it->first);
  };

  visit(product.start(), "");
  std::vector<uint64_t> next(product.start().size());
  while (!queue.empty()) {
    if (seen.size() > max_states) {
      out.complete = false;
      break;
    }
    const std::vector<uint64_t>& state = *queue.front();
    queue.pop_front();
    const std::string witness = seen.find(state)->second;
    for (char c : product.letters()) {
      product.step(state, c, next);
      visit(next, witness + c);
    }
  }
  return out;
}

}  // namespace bslc::verify
