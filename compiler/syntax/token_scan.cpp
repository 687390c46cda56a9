#include "syntax/token_scan.h"

#include <fmt/format.h>

#include <optional>

#include "syntax/generated.h"

namespace bslc::syntax {
namespace {

using L = bslcgen::BslLexer;

uint32_t decode_code_point(std::string_view utf8) {
  const auto b = [&](size_t i) { return static_cast<uint32_t>(static_cast<unsigned char>(utf8[i])); };
  if (utf8.empty()) return 0;
  if (b(0) < 0x80) return b(0);
  if (b(0) < 0xE0 && utf8.size() >= 2) return ((b(0) & 0x1F) << 6) | (b(1) & 0x3F);
  if (b(0) < 0xF0 && utf8.size() >= 3) return ((b(0) & 0x0F) << 12) | ((b(1) & 0x3F) << 6) | (b(2) & 0x3F);
  if (utf8.size() >= 4) return ((b(0) & 0x07) << 18) | ((b(1) & 0x3F) << 12) | ((b(2) & 0x3F) << 6) | (b(3) & 0x3F);
  return 0;
}

// Characters a user cannot see, or cannot tell apart from a space.
bool is_invisible(uint32_t cp) {
  return cp == 0xA0 || cp == 0xAD || (cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F) ||
         (cp >= 0x205F && cp <= 0x206F) || cp == 0xFEFF || cp == 0x3000;
}

// `@`, `\x01`, U+200B, or `“` (U+201C).
std::string describe_character(std::string_view utf8) {
  const uint32_t cp = decode_code_point(utf8);
  if (cp < 0x20 || cp == 0x7F) return fmt::format("`\\x{:02X}`", cp);
  if (cp == '`') return "U+0060 (a backtick)";  // it cannot be quoted in backticks
  if (cp < 0x80) return fmt::format("`{}`", static_cast<char>(cp));
  if (is_invisible(cp) || (cp >= 0x80 && cp < 0xA0)) return fmt::format("U+{:04X}", cp);
  return fmt::format("`{}` (U+{:04X})", utf8, cp);
}

std::string character_help(std::string_view utf8) {
  const uint32_t cp = decode_code_point(utf8);
  switch (cp) {
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x2033: return "strings use straight double quotes: replace it with `\"`";
    case 0x2018:
    case 0x2019:
    case '\'': return "strings use straight double quotes: write `\"...\"`";
    case ';': return "settings need no separator; remove the `;`";
    case '#': return "comments start with `//`";
    case '(':
    case ')': return "BSL uses `{ }` for blocks and `[ ]` for lists";
    case 0xA0: return "replace the non-breaking space with a plain space";
    default: break;
  }
  if (is_invisible(cp)) return "remove the invisible character (an editor may show it only with special characters on)";
  return "remove it, or put it inside a string";
}

}  // namespace

bool scan_tokens(ScanningTokenStream& tokens, Session& session, const ParseLimits& limits) {
  Reporter& reporter = session.reporter();
  int depth = 0;
  // A run of adjacent unknown characters is one mistake (a pasted symbol, a smart quote pair): one error.
  std::optional<Span> unknown_run;
  auto flush_unknown = [&] {
    if (!unknown_run) return;
    const std::string_view run = session.text(*unknown_run);
    size_t first_len = 1;
    while (first_len < run.size() && (static_cast<unsigned char>(run[first_len]) & 0xC0) == 0x80) ++first_len;
    const std::string_view first = run.substr(0, first_len);
    reporter.error(diag::Code::E0104, *unknown_run, fmt::format("unexpected character {}", describe_character(first)),
                   character_help(first));
    unknown_run.reset();
  };

  for (size_t i = 0; tokens.fetch_next(); ++i) {
    antlr4::Token* token = tokens.get(i);
    auto* writable = dynamic_cast<antlr4::WritableToken*>(token);
    const size_t type = token->getType();
    const Span span = session.span(token);
    if (type != L::UNKNOWN_CHAR) flush_unknown();
    switch (type) {
      case L::UNKNOWN_CHAR:
        if (writable) writable->setChannel(antlr4::Token::HIDDEN_CHANNEL);
        if (unknown_run && unknown_run->end == span.begin) {
          unknown_run->end = span.end;
        } else {
          flush_unknown();
          unknown_run = span;
        }
        break;
      case L::UNTERMINATED_STRING:
        reporter.error(diag::Code::E0102, span, "unterminated string: the line ends before the closing `\"`",
                       "add the closing `\"`; a string cannot span lines (write `\\n` for a line break)");
        if (writable) writable->setType(L::STRING);
        break;
      case L::UNTERMINATED_COMMENT:
        reporter.error(diag::Code::E0103, Span{span.begin, span.begin + 2},
                       "unterminated block comment: `/*` has no matching `*/`", "close the comment with `*/`");
        if (writable) writable->setChannel(antlr4::Token::HIDDEN_CHANNEL);
        session.suppress_eof_errors = true;
        break;
      case L::LBRACE:
      case L::LBRACK:
        if (++depth > limits.max_depth) {
          reporter.error(diag::Code::E0109, span,
                         fmt::format("nesting is too deep: more than {} levels of `{{` and `[`", limits.max_depth),
                         "BSL blocks and lists nest only a few levels; look for brackets that are never closed");
          return false;
        }
        break;
      case L::RBRACE:
      case L::RBRACK:
        if (depth > 0) --depth;
        break;
      default: break;
    }
    if (reporter.stopped()) return false;
  }
  flush_unknown();
  if (reporter.stopped()) return false;
  tokens.seek(0);  // the parser starts from the first token on its channel
  return true;
}

}  // namespace bslc::syntax
