#include "syntax/session.h"

#include <antlr4-runtime.h>

namespace bslc::syntax {

namespace {

// Every leading byte order mark: ANTLR's input stream drops one by itself, so
// whatever reaches it must not start with another or positions would shift.
uint32_t byte_order_marks_length(std::string_view text) {
  uint32_t n = 0;
  while (text.substr(n, 3) == "\xEF\xBB\xBF") n += 3;
  return n;
}

}  // namespace

Session::Session(const Source& source, Reporter& reporter)
    : source_(source),
      reporter_(reporter),
      lexed_from_(byte_order_marks_length(source.text())),
      offsets_(std::string_view(source.text()).substr(lexed_from_)) {
  const std::string& text = source.text();
  size_t end = text.size();
  while (end > 0 && (text[end - 1] == ' ' || text[end - 1] == '\t' || text[end - 1] == '\r' || text[end - 1] == '\n' ||
                     text[end - 1] == '\f'))
    --end;
  eof_ = static_cast<uint32_t>(end);
}

Span Session::span(const antlr4::Token* token) const {
  if (token == nullptr) return Span{};
  if (token->getType() == antlr4::Token::EOF) return eof_span();
  const size_t start = token->getStartIndex();
  const size_t stop = token->getStopIndex();
  if (start == INVALID_INDEX || stop == INVALID_INDEX || stop < start) return Span{};
  return Span{lexed_from_ + offsets_.byte_offset(start), lexed_from_ + offsets_.byte_offset(stop + 1)};
}

Span Session::span(antlr4::ParserRuleContext* ctx) const {
  if (ctx == nullptr || ctx->getStart() == nullptr) return Span{};
  const Span first = span(ctx->getStart());
  const antlr4::Token* stop = ctx->getStop();
  if (stop == nullptr || stop->getTokenIndex() == INVALID_INDEX ||
      stop->getTokenIndex() < ctx->getStart()->getTokenIndex())
    return Span{first.begin, first.begin};
  const Span last = span(stop);
  return Span{first.begin, last.end < first.begin ? first.begin : last.end};
}

}  // namespace bslc::syntax
