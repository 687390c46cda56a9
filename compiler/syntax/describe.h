// Token sets and tokens in the user's terms: "a setting such as `encryption`
// or `grant`", "a string", "`}`", "end of file". Never ANTLR's token names.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "syntax/session.h"
#include "syntax/tree_context.h"

namespace antlr4 {
class Token;
namespace dfa {
class Vocabulary;
}
namespace misc {
class IntervalSet;
}
}  // namespace antlr4

namespace bslc::syntax {

struct ExpectHints {
  std::optional<WordHint> word;  // what a `word` is at this point
  bool condition_key = false;    // a QNAME here is a condition key, not an action
};

// "a setting such as `encryption` or `grant`, or `}`".
std::string describe_expected(const antlr4::misc::IntervalSet& expected, const antlr4::dfa::Vocabulary& vocabulary,
                              const ExpectHints& hints);

// "`foo`", "`\"a string\"`", "end of file"; long tokens are shortened.
std::string describe_found(const antlr4::Token* token, const Session& session);

// The spelling of a keyword or punctuation token ("encryption", "{"), or "" for
// tokens that stand for a class of text (names, strings, numbers).
std::string keyword_text(size_t token_type, const antlr4::dfa::Vocabulary& vocabulary);

// Spellings of the keywords in a set: the candidates for "did you mean".
std::vector<std::string> keyword_spellings(const antlr4::misc::IntervalSet& set,
                                           const antlr4::dfa::Vocabulary& vocabulary);

bool is_declaration_keyword(size_t token_type);
// A keyword that starts a setting of a bucket or profile body.
bool is_setting_keyword(size_t token_type);
// A word-like token: a name or a keyword, which a typo can turn into each other.
bool is_wordlike(size_t token_type);

}  // namespace bslc::syntax
