#include "syntax/error_strategy.h"

#include <fmt/format.h>

#include "syntax/describe.h"
#include "syntax/generated.h"
#include "syntax/tree_context.h"

namespace bslc::syntax {
namespace {

using P = bslcgen::BslParser;

// Rules whose body is a loop of settings, items or declarations: an error there
// skips to the next element rather than abandoning the whole block.
bool is_body(antlr4::ParserRuleContext* ctx) {
  switch (ctx->getRuleIndex()) {
    case P::RuleFile:
    case P::RuleBucketDecl:
    case P::RuleProfileDecl:
    case P::RuleVaultDecl:
    case P::RuleTestDecl:
    case P::RulePropertyDecl:
    case P::RuleEncryptionBlock:
    case P::RuleObjectLockBlock: return true;
    case P::RuleSettingBody: return dynamic_cast<P::CorsSettingContext*>(ctx) != nullptr;
    default: return false;
  }
}

// Recovery never stops at a token that only carries a value: a stray name or
// string is more likely the rest of the broken construct than the start of the next.
antlr4::misc::IntervalSet structural(antlr4::misc::IntervalSet set) {
  for (const size_t t :
       {P::IDENT, P::STRING, P::INT, P::DECIMAL, P::DURATION, P::QNAME, P::ON, P::OFF, P::ALL, P::TRUE, P::FALSE})
    set.remove(t);
  return set;
}

// `account partner = ...`, `key k = ...` or `role admin = ...` at the start of a constant.
bool starts_constant(antlr4::TokenStream* tokens) {
  const size_t first = tokens->LA(1);
  return (first == P::ACCOUNT || first == P::KEY || first == P::IDENT) && tokens->LA(2) == P::IDENT &&
         tokens->LA(3) == P::ASSIGN;
}

// Skipped tokens are left out of the parse tree: the rule that skips them has
// already reported the error, and a file of garbage would otherwise cost a
// tree node per token.
class NoTreeWhileSkipping {
 public:
  explicit NoTreeWhileSkipping(antlr4::Parser* parser) : parser_(parser), building_(parser->getBuildParseTree()) {
    parser_->setBuildParseTree(false);
  }
  ~NoTreeWhileSkipping() { parser_->setBuildParseTree(building_); }
  NoTreeWhileSkipping(const NoTreeWhileSkipping&) = delete;
  NoTreeWhileSkipping& operator=(const NoTreeWhileSkipping&) = delete;

 private:
  antlr4::Parser* parser_;
  bool building_;
};

// Consumes tokens until `stop(la)` holds outside any bracket group skipped on
// the way, a declaration keyword (never valid inside a block, so the block was
// left open), or end of file.
template <class StopAt>
void skip_tokens(antlr4::Parser* parser, StopAt&& stop) {
  NoTreeWhileSkipping quiet(parser);
  antlr4::TokenStream* tokens = parser->getTokenStream();
  int depth = 0;
  for (size_t la = tokens->LA(1); la != antlr4::Token::EOF; la = tokens->LA(1)) {
    if (is_declaration_keyword(la)) return;
    if (depth == 0 && stop(la)) return;
    if (la == P::LBRACE || la == P::LBRACK)
      ++depth;
    else if ((la == P::RBRACE || la == P::RBRACK) && depth > 0)
      --depth;
    parser->consume();
  }
}

void skip(antlr4::Parser* parser, const antlr4::misc::IntervalSet& stop_at) {
  skip_tokens(parser, [&](size_t la) { return stop_at.contains(la); });
}

// Skips to where a top-level declaration or constant starts.
void skip_to_declaration(antlr4::Parser* parser) {
  antlr4::TokenStream* tokens = parser->getTokenStream();
  skip_tokens(parser, [&](size_t) { return starts_constant(tokens); });
}

}  // namespace

void ErrorStrategy::report(const SyntaxMessage& m) {
  if (session_.suppress_eof_errors && m.span == session_.eof_span()) return;
  Reporter& reporter = session_.reporter();
  if (diag::Diagnostic* d = reporter.error(diag::Code::E0101, m.span, m.message, m.help); d && m.note_span)
    d->note(reporter.at(*m.note_span), m.note);
  if (reporter.stopped()) throw ErrorLimitReached{};
}

void ErrorStrategy::reportNoViableAlternative(antlr4::Parser* parser, const antlr4::NoViableAltException& e) {
  auto* ctx = parser->getContext();
  antlr4::Token* found = e.getOffendingToken();
  // The decision failed on its first token: say what could start there. It failed
  // further on: the construct is recognisable, so name it and show its form.
  if (e.getStartToken() == nullptr || e.getStartToken()->getTokenIndex() == found->getTokenIndex())
    report(expected_message(parser, found, e.getExpectedTokens(), ctx, session_));
  else
    report(unexpected_message(found, ctx, session_));
}

void ErrorStrategy::reportInputMismatch(antlr4::Parser* parser, const antlr4::InputMismatchException& e) {
  report(expected_message(parser, e.getOffendingToken(), e.getExpectedTokens(), parser->getContext(), session_));
}

void ErrorStrategy::reportFailedPredicate(antlr4::Parser* parser, const antlr4::FailedPredicateException& e) {
  // The grammar has no predicates; word it like any other unexpected token should one appear.
  report(unexpected_message(e.getOffendingToken(), parser->getContext(), session_));
}

void ErrorStrategy::reportUnwantedToken(antlr4::Parser* parser) {
  if (inErrorRecoveryMode(parser)) return;
  beginErrorCondition(parser);
  report(
      expected_message(parser, parser->getCurrentToken(), getExpectedTokens(parser), parser->getContext(), session_));
}

void ErrorStrategy::reportMissingToken(antlr4::Parser* parser) {
  if (inErrorRecoveryMode(parser)) return;
  beginErrorCondition(parser);
  report(
      expected_message(parser, parser->getCurrentToken(), getExpectedTokens(parser), parser->getContext(), session_));
}

void ErrorStrategy::sync(antlr4::Parser* parser) {
  antlr4::ParserRuleContext* ctx = parser->getContext();
  if (!is_body(ctx)) return DefaultErrorStrategy::sync(parser);
  antlr4::atn::ATNState* state = parser->getATN().states[parser->getState()];
  const antlr4::misc::IntervalSet& next = parser->getATN().nextTokens(state);
  const size_t la = parser->getTokenStream()->LA(1);
  if (next.contains(la) || next.contains(antlr4::Token::EPSILON)) return;
  // Unlike the default, also resynchronise while already recovering: the
  // previous recovery may have stopped at a token that does not start an element.
  if (!inErrorRecoveryMode(parser)) {
    beginErrorCondition(parser);
    report(expected_message(parser, parser->getCurrentToken(), next, ctx, session_));
  }
  if (ctx->getRuleIndex() == P::RuleFile)
    skip_to_declaration(parser);
  else
    skip(parser, structural(next.Or(getErrorRecoverySet(parser))));
}

void ErrorStrategy::recover(antlr4::Parser* parser, std::exception_ptr /*e*/) {
  const auto index = static_cast<int>(parser->getInputStream()->index());
  // Failsafe kept from the default strategy: a second error at the same token
  // and state must consume something, or the parser could loop.
  if (lastErrorIndex == index && lastErrorStates.contains(parser->getState())) parser->consume();
  lastErrorIndex = static_cast<int>(parser->getInputStream()->index());
  lastErrorStates.add(parser->getState());

  antlr4::ParserRuleContext* ctx = parser->getContext();
  const auto block = innermost_open_block(ctx, session_);
  if (!block) return skip_to_declaration(parser);
  antlr4::misc::IntervalSet stop_at = structural(getErrorRecoverySet(parser));
  // When the failing rule opened the block itself, its own `}` ends the damage: take it along.
  const bool own_block = block->ctx == ctx;
  if (own_block) stop_at.add(P::RBRACE);
  skip(parser, stop_at);
  if (own_block && parser->getTokenStream()->LA(1) == P::RBRACE) parser->consume();
}

void LexerErrorListener::syntaxError(antlr4::Recognizer* /*recognizer*/, antlr4::Token* /*offending*/, size_t line,
                                     size_t column, const std::string& /*message*/, std::exception_ptr /*e*/) {
  // ANTLR gives the line and the column in code points; turn them into a byte offset.
  const Source& source = session_.source();
  uint32_t offset = 0;
  if (line >= 1 && line <= source.line_count()) {
    const std::string_view text = source.line_text(static_cast<uint32_t>(line));
    size_t byte = 0;
    for (size_t points = 0; byte < text.size() && points < column; ++points) {
      ++byte;
      while (byte < text.size() && (static_cast<unsigned char>(text[byte]) & 0xC0) == 0x80) ++byte;
    }
    offset = static_cast<uint32_t>(text.data() - source.text().data() + byte);
  }
  session_.reporter().error(diag::Code::E0104, Span{offset, offset + 1}, "unexpected character",
                            "remove it, or put it inside a string");
  if (session_.reporter().stopped()) throw ErrorLimitReached{};
}

void ParserErrorListener::syntaxError(antlr4::Recognizer* /*recognizer*/, antlr4::Token* offending, size_t /*line*/,
                                      size_t /*column*/, const std::string& /*message*/, std::exception_ptr /*e*/) {
  // ANTLR's own message names grammar tokens; word it from the token instead.
  session_.reporter().error(diag::Code::E0101, session_.span(offending),
                            fmt::format("unexpected {}", describe_found(offending, session_)),
                            "check the text just before this point");
  if (session_.reporter().stopped()) throw ErrorLimitReached{};
}

}  // namespace bslc::syntax
