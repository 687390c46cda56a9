// What the stages of one parse share: the source, the reporter, and the
// mapping from ANTLR's token positions (code points) to byte spans.
#pragma once
#include <string_view>

#include "source/source.h"
#include "syntax/offsets.h"
#include "syntax/reporter.h"

namespace antlr4 {
class Token;
class ParserRuleContext;
}  // namespace antlr4

namespace bslc::syntax {

class Session {
 public:
  Session(const Source& source, Reporter& reporter);

  // The text handed to the lexer: the source without leading UTF-8 byte order
  // marks, which editors add and which are no mistake. Positions stay relative to the source.
  std::string_view lexed_text() const { return std::string_view(source_.text()).substr(lexed_from_); }

  const Source& source() const { return source_; }
  Reporter& reporter() { return reporter_; }

  // The bytes a token covers. End of file maps to eof_span(); a token that
  // error recovery made up (it has no text) maps to an empty span at offset 0.
  Span span(const antlr4::Token* token) const;
  // From the first token of the context to its last; empty if it matched nothing.
  Span span(antlr4::ParserRuleContext* ctx) const;
  std::string_view text(Span span) const { return source_.slice(span); }
  std::string_view text(const antlr4::Token* token) const { return text(span(token)); }

  // Errors "at end of file" point just after the last visible character, so the
  // caret lands on a line the user can see rather than on an empty last line.
  Span eof_span() const { return Span{eof_, eof_}; }

  // Set once an unterminated block comment was reported: it swallowed the rest
  // of the file, so complaints about what is missing at the end add nothing.
  bool suppress_eof_errors = false;

 private:
  const Source& source_;
  Reporter& reporter_;
  uint32_t lexed_from_;  // bytes of leading byte order marks
  CodePointOffsets offsets_;
  uint32_t eof_ = 0;
};

}  // namespace bslc::syntax
