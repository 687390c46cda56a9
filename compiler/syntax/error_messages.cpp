#include "syntax/error_messages.h"

#include <antlr4-runtime.h>
#include <fmt/format.h>

#include "source/suggest.h"
#include "syntax/describe.h"
#include "syntax/generated.h"
#include "syntax/tree_context.h"
#include "syntax/usage.h"
#include "syntax/vocabulary.h"

namespace bslc::syntax {
namespace {

using P = bslcgen::BslParser;
using antlr4::ParserRuleContext;

bool has(const antlr4::misc::IntervalSet& set, size_t token_type) { return set.contains(token_type); }

constexpr std::string_view kFileContentsHelp =
    "a file holds `import`, constants such as `account partner = \"444455556666\"`, and `bucket`, `profile`, "
    "`vault`, `test` and `property` blocks";

const std::vector<std::string_view> kDeclarationWords = {"import", "bucket", "profile", "vault", "test", "property"};

std::optional<std::string> did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  std::vector<std::string_view> views(candidates.begin(), candidates.end());
  if (auto best = closest(word, views)) return fmt::format("did you mean `{}`?", *best);
  return std::nullopt;
}

std::optional<std::string> form_of(ParserRuleContext* ctx, const Session& session) {
  const auto construct = enclosing_construct(ctx, session);
  if (!construct) return std::nullopt;
  const auto usage = usage_of(construct->keyword);
  if (!usage) return std::nullopt;
  return fmt::format("{} is written {}", construct->kind, *usage);
}

// A word at the top level that is neither a declaration keyword nor a
// constant kind: the grammar read it as the start of a constant
// (`role admin = "..."`), but the user most likely misspelt `bucket` or similar.
std::optional<SyntaxMessage> unknown_declaration(ParserRuleContext* ctx, const Session& session) {
  for (; ctx != nullptr; ctx = dynamic_cast<ParserRuleContext*>(ctx->parent)) {
    auto* decl = dynamic_cast<P::ConstDeclContext*>(ctx);
    if (decl == nullptr) continue;
    P::ConstKindContext* kind = decl->constKind();
    if (kind == nullptr || kind->IDENT() == nullptr) return std::nullopt;
    antlr4::Token* token = kind->IDENT()->getSymbol();
    const std::string_view word = session.text(token);
    if (kConstKinds.find(word)) return std::nullopt;
    SyntaxMessage m;
    m.span = session.span(token);
    m.message = fmt::format("expected a declaration such as `bucket`, `profile` or `import`, found `{}`", word);
    std::vector<std::string_view> candidates = kDeclarationWords;
    for (const std::string_view k : kConstKinds.words()) candidates.push_back(k);
    if (auto best = closest(word, candidates))
      m.help = fmt::format("did you mean `{}`?", *best);
    else
      m.help = std::string(kFileContentsHelp);
    return m;
  }
  return std::nullopt;
}

std::string help_for(antlr4::Parser* parser, antlr4::Token* found, const antlr4::misc::IntervalSet& expected,
                     ParserRuleContext* ctx, const ExpectHints& hints, const Session& session) {
  const auto& vocabulary = parser->getVocabulary();
  const size_t type = found->getType();
  const std::string_view text = type == antlr4::Token::EOF ? std::string_view() : session.text(found);

  if (is_wordlike(type)) {
    std::vector<std::string> candidates = keyword_spellings(expected, vocabulary);
    if (hints.word && has(expected, P::IDENT))
      for (const std::string_view c : hints.word->choices) candidates.emplace_back(c);
    if (auto suggestion = did_you_mean(text, candidates)) return *suggestion;
  }
  if (type != P::IDENT && is_wordlike(type) && has(expected, P::IDENT) && !hints.word)
    return fmt::format("`{}` is a BSL keyword, so it cannot be used as a name; choose another name", text);
  if (has(expected, P::STRING) && !has(expected, P::IDENT) &&
      (type == P::IDENT || type == P::INT || type == P::DECIMAL || type == P::DURATION || type == P::QNAME))
    return fmt::format("put the value in double quotes: `\"{}\"`", text);
  if (type == P::RBRACE && !innermost_open_block(ctx, session)) return "this `}` has no matching `{`; remove it";
  if (has(expected, P::GRANT) && has(expected, P::ENCRYPTION)) {
    const auto block = innermost_open_block(ctx, session);
    return fmt::format("write a setting such as `encryption sse_kms` or `grant partner read`{}",
                       block ? fmt::format(", or `}}` to close {}", block->name) : std::string());
  }
  if (has(expected, P::BUCKET) && has(expected, P::IMPORT)) return std::string(kFileContentsHelp);
  if (auto form = form_of(ctx, session)) return *form;
  return "check the text just before this point";
}

}  // namespace

SyntaxMessage expected_message(antlr4::Parser* parser, antlr4::Token* found, const antlr4::misc::IntervalSet& expected,
                               ParserRuleContext* ctx, const Session& session) {
  SyntaxMessage m;
  m.span = session.span(found);
  const size_t type = found->getType();
  const std::string found_text = describe_found(found, session);

  // The end of the file, the next declaration or (inside a nested block) the next setting
  // arrived while a block was still open, or the block can only end here: name the block.
  if (has(expected, P::RBRACE)) {
    const auto block = innermost_open_block(ctx, session);
    const bool only_close = expected.size() == 1;
    const bool next_outer = type == antlr4::Token::EOF || is_declaration_keyword(type) ||
                            (block && !block->is_declaration && is_setting_keyword(type) && !has(expected, type));
    if (block && (only_close || next_outer)) {
      m.message = fmt::format("expected `}}` to close {}{}", block->name,
                              type == antlr4::Token::EOF ? "" : fmt::format(", found {}", found_text));
      m.help = fmt::format("add the missing `}}` at the end of {}", block->name);
      m.note_span = session.span(block->lbrace);
      m.note = fmt::format("{} opens here", block->name);
      return m;
    }
  }
  if (auto declaration = unknown_declaration(ctx, session)) return *declaration;

  const ExpectHints hints{word_hint(ctx), expects_condition_key(ctx)};
  m.message =
      fmt::format("expected {}, found {}", describe_expected(expected, parser->getVocabulary(), hints), found_text);
  m.help = help_for(parser, found, expected, ctx, hints, session);
  return m;
}

SyntaxMessage unexpected_message(antlr4::Token* found, ParserRuleContext* ctx, const Session& session) {
  SyntaxMessage m;
  m.span = session.span(found);
  const auto construct = enclosing_construct(ctx, session);
  m.message = fmt::format("unexpected {} in this {}", describe_found(found, session),
                          construct ? construct->description : std::string("declaration"));
  if (auto form = form_of(ctx, session))
    m.help = *form;
  else
    m.help = "check the text just before this point";
  return m;
}

}  // namespace bslc::syntax
