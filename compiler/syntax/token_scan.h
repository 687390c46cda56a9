// One pass over the tokens before parsing: reports the lexer's error tokens
// (unterminated strings and comments, unknown characters) and refuses input
// nested deeper than the limit, then leaves the stream ready for the parser.
#pragma once
#include <antlr4-runtime.h>

#include "syntax/parse.h"
#include "syntax/session.h"

namespace bslc::syntax {

// A token stream that lexes on demand, so a scan can stop at the first token
// that makes parsing pointless instead of lexing the whole file first.
class ScanningTokenStream : public antlr4::CommonTokenStream {
 public:
  using antlr4::CommonTokenStream::CommonTokenStream;
  // Lexes one more token; false once end of file has been fetched.
  bool fetch_next() { return fetch(1) == 1; }
};

// Returns false when parsing must not start: the nesting limit or the error
// limit was reached. Unknown characters and unterminated comments are moved
// off the parser's channel and an unterminated string is handed on as a
// string, so each mistake is reported once, here, and not again by the parser.
bool scan_tokens(ScanningTokenStream& tokens, Session& session, const ParseLimits& limits);

}  // namespace bslc::syntax
