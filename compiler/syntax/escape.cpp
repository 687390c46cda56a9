#include "syntax/escape.h"

#include <fmt/format.h>

#include "source/utf8.h"

namespace bslc::syntax {
namespace {

constexpr std::string_view kEscapesHelp =
    "the escapes are `\\\"`, `\\\\`, `\\n`, `\\t`, `\\r` and `\\u{...}`; write `\\\\` for a backslash";

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Length in bytes of the UTF-8 sequence starting with `lead` (the text is valid UTF-8).
size_t utf8_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead < 0xE0) return 2;
  if (lead < 0xF0) return 3;
  return 4;
}

}  // namespace

DecodedString decode_string(std::string_view literal, uint32_t begin) {
  DecodedString result;
  size_t end = literal.size();
  // The lexer guarantees that a closing quote, if present, is the last character and unescaped.
  size_t i = literal.empty() || literal[0] != '"' ? 0 : 1;
  std::string& out = result.value;
  out.reserve(end);
  const auto span = [&](size_t from, size_t to) {
    return Span{begin + static_cast<uint32_t>(from), begin + static_cast<uint32_t>(to)};
  };
  while (i < end) {
    const char c = literal[i];
    if (c == '"') break;  // the closing quote
    if (c != '\\') {
      out += c;
      ++i;
      continue;
    }
    if (i + 1 >= end) {  // a lone backslash at the end of an unterminated string
      result.errors.push_back({span(i, i + 1), "a backslash ends the string", std::string(kEscapesHelp)});
      break;
    }
    const char e = literal[i + 1];
    switch (e) {
      case '"':
        out += '"';
        i += 2;
        continue;
      case '\\':
        out += '\\';
        i += 2;
        continue;
      case 'n':
        out += '\n';
        i += 2;
        continue;
      case 't':
        out += '\t';
        i += 2;
        continue;
      case 'r':
        out += '\r';
        i += 2;
        continue;
      case 'u': break;
      default: {
        const size_t len = utf8_length(static_cast<unsigned char>(e));
        const std::string_view seq = literal.substr(i, 1 + len);
        result.errors.push_back({span(i, i + 1 + len), fmt::format("invalid escape sequence `{}` in a string", seq),
                                 std::string(kEscapesHelp)});
        i += 1 + len;
        continue;
      }
    }
    // \u{XXXX}
    const size_t start = i;
    size_t k = i + 2;
    if (k >= end || literal[k] != '{') {
      result.errors.push_back({span(start, k), "`\\u` must be followed by a code point in braces",
                               "write a Unicode escape as `\\u{20AC}`, with 1 to 6 hex digits"});
      i = k;
      continue;
    }
    ++k;
    uint32_t cp = 0;
    size_t digits = 0;
    while (k < end && hex_value(literal[k]) >= 0 && digits < 7) {
      cp = cp * 16 + static_cast<uint32_t>(hex_value(literal[k]));
      ++k;
      ++digits;
    }
    const bool closed = k < end && literal[k] == '}';
    if (!closed || digits == 0 || digits > 6) {
      // Point at what was read so far, up to the brace that should have closed it.
      size_t stop = k;
      while (stop < end && literal[stop] != '}' && literal[stop] != '"') ++stop;
      if (stop < end && literal[stop] == '}') ++stop;
      result.errors.push_back({span(start, stop),
                               fmt::format("invalid Unicode escape `{}`", literal.substr(start, stop - start)),
                               "write a Unicode escape as `\\u{20AC}`, with 1 to 6 hex digits"});
      i = stop;
      continue;
    }
    ++k;  // the closing brace
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || cp == 0) {
      result.errors.push_back(
          {span(start, k),
           fmt::format("`{}` is not a Unicode character that a string may hold", literal.substr(start, k - start)),
           "use a code point from U+0001 to U+10FFFF, outside the surrogates U+D800 to U+DFFF"});
    } else {
      append_utf8(out, cp);
    }
    i = k;
  }
  return result;
}

}  // namespace bslc::syntax
