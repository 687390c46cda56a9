// Internal: precompiled string patterns for Action, Resource and condition
// values. A pattern is split once into tokens (literal text, `*`, `?`, policy
// variable); the common shapes (everything, exact text, prefix*) get a fast
// path. Matching never allocates.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sim/detail/context.h"

namespace bslc::sim::detail {

struct PatternSyntax {
  bool wildcards = false;  // `*` and `?` are wildcards (Action, Resource, *Like, Arn*)
  bool variables = false;  // `${...}` is a policy variable (Version 2012-10-17 only)
  bool fold_case = false;  // ASCII case-insensitive (Action, *IgnoreCase, Bool)
};

struct Token {
  enum class Kind : uint8_t { Text, AnyRun, AnyChar, Var };
  Kind kind = Kind::Text;
  std::string text;  // Text: the literal (folded when fold_case); Var: the default value, if any
  uint32_t key = 0;  // Var: interned key id
  bool has_default = false;
};

class Pattern {
 public:
  enum class Shape : uint8_t { Any, Exact, Prefix, Tokens };

  // Variables are interned into `keys`; pass nullptr when variables are off.
  static Pattern compile(std::string_view source, PatternSyntax syntax, KeyTable* keys);

  bool match(std::string_view value, Slots slots) const;

  const std::string& source() const { return source_; }
  bool has_variables() const { return has_variables_; }
  bool has_wildcards() const { return has_wildcards_; }
  bool folds_case() const { return fold_; }
  const std::vector<Token>& tokens() const { return tokens_; }

 private:
  bool match_tokens(std::string_view value, Slots slots) const;

  std::string source_;
  std::string literal_;  // Exact / Prefix
  std::vector<Token> tokens_;
  Shape shape_ = Shape::Exact;
  bool fold_ = false;
  bool has_variables_ = false;
  bool has_wildcards_ = false;
};

// Resolves a policy variable against the bound context. False when the key
// is absent (and there is no default) or multivalued: such a variable matches nothing.
bool resolve_variable(const Token& var, Slots slots, std::string_view& out);

}  // namespace bslc::sim::detail
