// Questions the error messages ask about where in the parse tree an error
// happened: which block is still open, which construct the user was writing,
// and which kind of word was expected there.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "syntax/session.h"

namespace antlr4 {
class Token;
class ParserRuleContext;
}  // namespace antlr4

namespace bslc::syntax {

struct OpenBlock {
  std::string name;  // "bucket `records`", "the `encryption` block"
  antlr4::ParserRuleContext* ctx = nullptr;
  const antlr4::Token* lbrace = nullptr;
  bool is_declaration = false;  // a bucket, profile, vault, test or property, not a block inside one
};

// The innermost context, from `ctx` outwards, that matched its `{` but not yet its `}`.
std::optional<OpenBlock> innermost_open_block(antlr4::ParserRuleContext* ctx, const Session& session);

struct Construct {
  std::string keyword;      // the word that starts it, for usage_of(): "grant", "key", "bucket"
  std::string description;  // this one: "`grant` setting", "`expect` line", "bucket `records`"
  std::string kind;         // any one, with its article: "a `grant` setting", "an `import`", "a bucket"
};

// The setting, block item, line or declaration that contains `ctx`.
std::optional<Construct> enclosing_construct(antlr4::ParserRuleContext* ctx, const Session& session);

struct WordHint {
  std::string phrase;  // "an encryption mode such as `sse_s3` or `sse_kms`"
  std::vector<std::string_view> choices;
  bool covers_strings = false;  // the phrase already says a quoted string may stand here
};

// What kind of word the grammar's `word` means at `ctx`, if the context says.
std::optional<WordHint> word_hint(antlr4::ParserRuleContext* ctx);

// Whether a QNAME expected at `ctx` is a condition key (else an action).
bool expects_condition_key(antlr4::ParserRuleContext* ctx);

// Whether `ctx` parsed cleanly: false when it caught a syntax error, holds a
// token that error recovery skipped or made up, or matched nothing. The
// builder leaves such constructs out; their error is already reported.
bool is_complete(antlr4::ParserRuleContext* ctx);

}  // namespace bslc::syntax
