// Values shared by many constructs: strings, names, lists, numbers,
// durations, tags and conditions; and the builder's error helpers.
#include <fmt/format.h>

#include <charconv>
#include <limits>

#include "source/suggest.h"
#include "syntax/builder.h"
#include "syntax/escape.h"

namespace bslc::syntax {

Span Builder::span(Terminal* t) const { return t == nullptr ? Span{} : session_.span(t->getSymbol()); }

diag::Diagnostic* Builder::error(diag::Code code, Span at, std::string message, std::string help) {
  ++errors_;
  return session_.reporter().error(code, at, std::move(message), std::move(help));
}

void Builder::unknown_word(Span at, std::string_view word, std::string_view what,
                           const std::vector<std::string_view>& listed, const std::vector<std::string_view>& all) {
  const std::string expected = listed.size() == 1 ? quoted_list(listed) : fmt::format("one of {}", quoted_list(listed));
  std::string help = fmt::format("replace `{}` with one of the words listed", word);
  if (auto best = closest(word, all)) help = fmt::format("did you mean `{}`?", *best);
  error(diag::Code::E0114, at, fmt::format("unknown {} `{}`, expected {}", what, word, expected), std::move(help));
}

bool Builder::given_twice(std::optional<Span>& first, Span at, std::string_view item, std::string_view where) {
  if (!first) {
    first = at;
    return false;
  }
  if (diag::Diagnostic* d =
          error(diag::Code::E0206, at, fmt::format("`{}` is given twice in {}", item, where), "keep only one of them"))
    d->note(session_.reporter().at(*first), "first given here");
  return true;
}

ast::Str Builder::str(Terminal* token) {
  const Span at = span(token);
  DecodedString decoded = decode_string(session_.text(at), at.begin);
  for (EscapeError& e : decoded.errors) error(diag::Code::E0105, e.span, std::move(e.message), std::move(e.help));
  return ast::Str{std::move(decoded.value), at};
}

ast::Str Builder::verbatim(Terminal* token) {
  const Span at = span(token);
  return ast::Str{std::string(session_.text(at)), at};
}

ast::Ident Builder::ident(P::IdentContext* ctx) {
  const Span at = span(ctx);
  return ast::Ident{std::string(session_.text(at)), at};
}

ast::Ref Builder::ref(P::RefContext* ctx) {
  if (P::IdentContext* name = ctx->ident()) {
    const Span at = span(name);
    return ast::Ref{true, std::string(session_.text(at)), at};
  }
  ast::Str literal = str(ctx->STRING());
  return ast::Ref{false, std::move(literal.value), literal.span};
}

std::vector<ast::Ref> Builder::refs(P::RefsContext* ctx) {
  std::vector<ast::Ref> out;
  for (P::RefContext* r : ctx->ref()) out.push_back(ref(r));
  return out;
}

std::vector<ast::Ident> Builder::idents(P::IdentListContext* ctx) {
  std::vector<ast::Ident> out;
  for (P::IdentContext* i : ctx->ident()) out.push_back(ident(i));
  return out;
}

std::vector<ast::Ident> Builder::except(P::ExceptClauseContext* ctx) {
  return ctx == nullptr ? std::vector<ast::Ident>{} : idents(ctx->identList());
}

std::vector<ast::Str> Builder::strings(P::StringListContext* ctx) {
  std::vector<ast::Str> out;
  for (Terminal* s : ctx->STRING()) out.push_back(str(s));
  return out;
}

std::vector<ast::Str> Builder::actions(P::ActionsContext* ctx) {
  std::vector<ast::Str> out;
  for (Terminal* a : ctx->QNAME()) out.push_back(verbatim(a));
  return out;
}

std::optional<ast::Str> Builder::prefix(P::PrefixClauseContext* ctx) {
  if (ctx == nullptr) return std::nullopt;
  return str(ctx->STRING());
}

std::optional<ast::Str> Builder::suffix(P::SuffixClauseContext* ctx) {
  if (ctx == nullptr) return std::nullopt;
  return str(ctx->STRING());
}

std::optional<ast::Reason> Builder::reason(P::ReasonContext* ctx) {
  if (ctx == nullptr) return std::nullopt;
  return ast::Reason{str(ctx->STRING()), span(ctx)};
}

ast::AcknowledgeSetting Builder::acknowledgement(Terminal* code, P::ReasonContext* why) {
  // Whether the code names a real warning is for sema to say.
  return ast::AcknowledgeSetting{verbatim(code), ast::Reason{str(why->STRING()), span(why)}};
}

ast::Number Builder::number(P::NumberContext* ctx) {
  ast::Number n;
  n.span = span(ctx);
  n.text = std::string(session_.text(n.span));
  n.is_integer = ctx->INT() != nullptr;
  const char* begin = n.text.data();
  const auto [end, ec] = std::from_chars(begin, begin + n.text.size(), n.value);
  if (ec != std::errc() || end != begin + n.text.size())
    error(diag::Code::E0111, n.span, fmt::format("number `{}` is out of range", n.text),
          "write a number of ordinary size, such as `1.2`");
  return n;
}

int64_t Builder::integer(Terminal* token) {
  const Span at = span(token);
  const std::string_view text = session_.text(at);
  int64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) {
    error(diag::Code::E0111, at, fmt::format("number `{}` is too large", text),
          fmt::format("write a whole number no larger than {}", std::numeric_limits<int64_t>::max()));
    return 0;
  }
  return value;
}

ast::Duration Builder::duration(P::DurationContext* ctx) {
  ast::Duration d;
  d.span = span(ctx);
  const auto add_part = [&](Span amount_at, Span unit_at, Span part_at) {
    ast::Duration::Part part;
    part.span = part_at;
    const std::string_view amount = session_.text(amount_at);
    const auto [end, ec] = std::from_chars(amount.data(), amount.data() + amount.size(), part.amount);
    if (ec != std::errc() || end != amount.data() + amount.size())
      error(diag::Code::E0111, amount_at, fmt::format("duration `{}` is too long", session_.text(part_at)),
            "write a duration of at most a few hundred years");
    const std::string_view unit = session_.text(unit_at);
    // Unknown units have their own code (E0112) and a help line that mentions the short forms.
    if (auto u = kTimeUnits.find(unit)) {
      part.unit = *u;
    } else {
      std::string help = "the short forms `s`, `m`, `h`, `d` and `y` work too";
      if (auto best = closest(unit, kTimeUnits.words())) help = fmt::format("did you mean `{}`?", *best);
      error(diag::Code::E0112, unit_at,
            fmt::format("unknown duration unit `{}`, expected one of {}", unit, quoted_list(kTimeUnits.listed_words())),
            std::move(help));
    }
    d.parts.push_back(part);
  };
  for (antlr4::tree::ParseTree* child : ctx->children) {
    if (auto* part = dynamic_cast<P::DurationPartContext*>(child)) {
      add_part(span(part->INT()), span(part->word()), span(part));
    } else if (auto* glued = dynamic_cast<Terminal*>(child)) {
      // `10m`: the lexer glued the digits to the unit.
      const Span at = span(glued);
      const std::string_view text = session_.text(at);
      const auto digits = static_cast<uint32_t>(text.find_first_not_of("0123456789"));
      add_part(Span{at.begin, at.begin + digits}, Span{at.begin + digits, at.end}, at);
    }
  }
  return d;
}

ast::Str Builder::tag_key(P::TagKeyContext* ctx) {
  if (Terminal* name = ctx->IDENT()) return verbatim(name);
  return str(ctx->STRING());
}

ast::TagPair Builder::tag_pair(P::TagPairContext* ctx) {
  return ast::TagPair{tag_key(ctx->tagKey()), str(ctx->STRING()), span(ctx)};
}

ast::Condition Builder::condition(P::ConditionContext* ctx) {
  ast::Condition c;
  c.key = ctx->key->QNAME() != nullptr ? verbatim(ctx->key->QNAME())
                                       : ast::Str{std::string(session_.text(span(ctx->key))), span(ctx->key)};
  P::ConditionOpContext* op = ctx->op;
  const bool negated = op->NOT() != nullptr;
  if (op->ASSIGN())
    c.op = ast::CompareOp::Eq;
  else if (op->NEQ())
    c.op = ast::CompareOp::Ne;
  else if (op->LT())
    c.op = ast::CompareOp::Lt;
  else if (op->LE())
    c.op = ast::CompareOp::Le;
  else if (op->GT())
    c.op = ast::CompareOp::Gt;
  else if (op->GE())
    c.op = ast::CompareOp::Ge;
  else if (op->IN())
    c.op = negated ? ast::CompareOp::NotIn : ast::CompareOp::In;
  else if (op->LIKE())
    c.op = negated ? ast::CompareOp::NotLike : ast::CompareOp::Like;
  c.value = value(ctx->scalarOrList());
  c.span = span(ctx);
  return c;
}

ast::Value Builder::value(P::ScalarOrListContext* ctx) {
  ast::Value v;
  v.is_list = ctx->LBRACK() != nullptr;
  for (P::ScalarContext* s : ctx->scalar()) v.items.push_back(scalar(s));
  v.span = span(ctx);
  return v;
}

ast::Scalar Builder::scalar(P::ScalarContext* ctx) {
  ast::Scalar s;
  s.span = span(ctx);
  if (Terminal* string = ctx->STRING()) {
    s.kind = ast::Scalar::Kind::String;
    s.text = str(string).value;
  } else if (P::NumberContext* n = ctx->number()) {
    s.kind = ast::Scalar::Kind::Number;
    s.text = number(n).text;
  } else if (ctx->TRUE() != nullptr || ctx->FALSE() != nullptr) {
    s.kind = ast::Scalar::Kind::Bool;
    s.text = std::string(session_.text(s.span));
  } else {
    s.kind = ast::Scalar::Kind::Name;
    s.text = std::string(session_.text(s.span));
  }
  return s;
}

}  // namespace bslc::syntax
