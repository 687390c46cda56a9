// The wording of syntax errors (E0101): what was expected, in the user's
// terms, what was found, and a help line that suggests the likely fix.
#pragma once
#include <optional>
#include <string>

#include "syntax/session.h"

namespace antlr4 {
class Parser;
class Token;
class ParserRuleContext;
namespace misc {
class IntervalSet;
}
}  // namespace antlr4

namespace bslc::syntax {

struct SyntaxMessage {
  Span span;
  std::string message;
  std::string help;
  std::optional<Span> note_span;  // a second place worth showing, such as where an unclosed block opens
  std::string note;
};

// "expected `}` to close bucket `records`", "expected a string, found `foo`", ...
SyntaxMessage expected_message(antlr4::Parser* parser, antlr4::Token* found, const antlr4::misc::IntervalSet& expected,
                               antlr4::ParserRuleContext* ctx, const Session& session);

// For a construct that went wrong after its first token: "unexpected `}` in this `grant` setting".
SyntaxMessage unexpected_message(antlr4::Token* found, antlr4::ParserRuleContext* ctx, const Session& session);

}  // namespace bslc::syntax
