// Decoding of BSL string literals: `\"`, `\\`, `\n`, `\t`, `\r` and
// `\u{X..}` (1 to 6 hex digits, a Unicode scalar value).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "source/source.h"

namespace bslc::syntax {

struct EscapeError {
  Span span;  // the escape sequence, backslash included
  std::string message;
  std::string help;
};

struct DecodedString {
  std::string value;
  std::vector<EscapeError> errors;
};

// `literal` is the token text starting at its opening quote; the closing quote
// may be missing (an unterminated string, already reported by the caller).
// `begin` is the literal's byte offset in the source, for error spans.
DecodedString decode_string(std::string_view literal, uint32_t begin);

}  // namespace bslc::syntax
