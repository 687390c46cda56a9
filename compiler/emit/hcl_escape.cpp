#include "emit/hcl_escape.h"

#include <cstdint>
#include <cstdio>

namespace bslc::emit {
namespace {

// Length of the valid UTF-8 sequence starting at s[i], or 0 when it is invalid.
size_t utf8_sequence_length(std::string_view s, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(i);
  if (c < 0x80) return 1;
  size_t n = 0;
  uint32_t cp = 0;
  if ((c & 0xE0) == 0xC0) {
    n = 2;
    cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3;
    cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4;
    cp = c & 0x07;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  // Reject overlong forms, surrogates and values past U+10FFFF.
  static constexpr uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

// Template escaping shared by both syntaxes; `backslashes` adds HCL's
// quoted-string escapes.
std::string escape(std::string_view s, bool backslashes) {
  std::string out;
  out.reserve(s.size() + 8);
  for (size_t i = 0; i < s.size();) {
    const char c = s[i];
    const bool brace_follows = i + 1 < s.size() && s[i + 1] == '{';
    if ((c == '$' || c == '%') && brace_follows) {
      out += c;
      out += c;
      out += '{';
      i += 2;
      continue;
    }
    const size_t len = utf8_sequence_length(s, i);
    if (len == 0) {
      out += backslashes ? "\\uFFFD" : "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    if (len > 1 || !backslashes) {
      out.append(s.substr(i, len));
      i += len;
      continue;
    }
    switch (c) {
      case '\\': out += "\\\\"; break;
      case '"': out += "\\\""; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(static_cast<unsigned char>(c)));
          out += buf;
        } else {
          out += c;
        }
    }
    ++i;
  }
  return out;
}

}  // namespace

std::string hcl_escape(std::string_view literal) { return escape(literal, true); }

std::string hcl_quote(std::string_view literal) { return "\"" + hcl_escape(literal) + "\""; }

std::string tf_json_template_escape(std::string_view literal) { return escape(literal, false); }

}  // namespace bslc::emit
