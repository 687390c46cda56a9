// CloudFormation YAML, written directly from the Value tree in block style
// with two-space indentation (the layout the templates have always had, and
// that the golden files pin byte for byte): map members `key: value`, list
// items `- value`, a map inside a list item starting on the dash's line,
// empty collections as `[]` / `{}`, null as `~`, intrinsics as short-form
// tags (`!Ref X`, `!GetAtt X.Arn`, `!Sub "..."`). Strings are plain unless
// yaml_needs_quotes says otherwise; quoted ones are double-quoted with
// yaml_double_quoted. Those two functions are the only places that decide
// how user text is spelled.
#include <algorithm>
#include <array>
#include <cctype>
#include <sstream>
#include <string_view>

#include "emit/cloudformation/intrinsics.h"
#include "emit/cloudformation/writers.h"

namespace bslc::emit::cfn {

bool yaml_needs_quotes(const std::string& text) {
  if (text.empty()) return true;
  // YAML 1.1 booleans and nulls (CloudFormation's parser and older tools read 1.1).
  static constexpr std::array<std::string_view, 12> kWords = {"true", "false", "yes",  "no", "on", "off",
                                                              "y",    "n",     "null", "~",  "<<", "="};
  if (text.size() <= 5) {  // the longest word; longer text needs no lower-case copy
    std::string lower;
    for (char c : text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (std::find(kWords.begin(), kWords.end(), lower) != kWords.end()) return true;
  }
  const char first = text.front();
  // Numbers, dates (2012-10-17), .inf/.nan and every indicator character.
  if (std::isdigit(static_cast<unsigned char>(first)) ||
      std::string_view("+-.!&*?|>'\"%@`#,[]{}:").find(first) != std::string_view::npos)
    return true;
  if (text.back() == ' ' || text.front() == ' ' || text.back() == ':') return true;
  for (char c : text)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return true;
  // C1 controls (U+0080..U+009F but NEL) and the byte order mark are not
  // printable in a plain scalar.
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    const auto a = static_cast<unsigned char>(text[i]), b = static_cast<unsigned char>(text[i + 1]);
    if (a == 0xC2 && b >= 0x80 && b <= 0x9F && b != 0x85) return true;
    if (a == 0xEF && b == 0xBB && i + 2 < text.size() && static_cast<unsigned char>(text[i + 2]) == 0xBF) return true;
  }
  return text.find(": ") != std::string::npos || text.find(" #") != std::string::npos;
}

namespace {

constexpr int kReplacement = 0xFFFD;

// The next code point of UTF-8 text, advancing `i`. A bad lead byte, a
// sequence cut short, a surrogate, a value past U+10FFFF or a non-character
// reads as U+FFFD (a cut-short sequence ends before the byte that broke it).
int next_code_point(std::string_view s, size_t& i) {
  const auto lead = static_cast<unsigned char>(s[i++]);
  if (lead < 0x80) return lead;
  int more = 0;
  switch (lead >> 4) {
    case 0xC:
    case 0xD: more = 1; break;
    case 0xE: more = 2; break;
    case 0xF: more = 3; break;
    default: return kReplacement;  // a continuation byte cannot lead
  }
  int cp = lead & (0x7F >> (more + 1));
  for (; more > 0; --more) {
    if (i == s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) return kReplacement;
    cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
  }
  const bool non_character = (cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF);
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || non_character) return kReplacement;
  return cp;
}

void append_utf8(std::string& out, int cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

void append_hex(std::string& out, int value, int digits) {
  static constexpr char kHex[] = "0123456789abcdef";
  for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4) out += kHex[(value >> shift) & 0xF];
}

void append_scalar(std::string& out, const std::string& text) {
  if (yaml_needs_quotes(text))
    out += yaml_double_quoted(text);
  else
    out += text;
}

// A collection or a scalar: whether it opens on its own lines.
bool is_empty_collection(const Value& v) {
  return (v.kind() == Value::Kind::List && v.items().empty()) || (v.kind() == Value::Kind::Map && v.members().empty());
}

void write_scalar(std::string& out, const Value& v) {
  switch (v.kind()) {
    case Value::Kind::Null: out += '~'; return;
    case Value::Kind::Bool: out += v.as_bool() ? "true" : "false"; return;
    case Value::Kind::Int: out += std::to_string(v.as_int()); return;
    case Value::Kind::Keyword: append_scalar(out, v.function()); return;
    case Value::Kind::Call: out += '~'; return;  // not a CloudFormation construct
    case Value::Kind::Text: {
      const Intrinsic fn = intrinsic(v);
      switch (fn.kind) {
        case Intrinsic::Kind::Plain: append_scalar(out, fn.argument); return;
        case Intrinsic::Kind::Ref: out += "!Ref "; break;
        case Intrinsic::Kind::GetAtt: out += "!GetAtt "; break;
        case Intrinsic::Kind::Sub: out += "!Sub " + yaml_double_quoted(fn.argument); return;
      }
      append_scalar(out, fn.argument);
      return;
    }
    case Value::Kind::List:
    case Value::Kind::Map: return;  // not scalars
  }
}

void write_block(std::string& out, const Value& v, size_t indent);

// What follows `key:` or `-`: a scalar on the same line, else the block on
// the next lines, one level deeper (an empty collection too).
void write_after_indicator(std::string& out, const Value& v, size_t indent) {
  const bool collection = v.kind() == Value::Kind::List || v.kind() == Value::Kind::Map;
  if (!collection) {
    out += ' ';
    write_scalar(out, v);
    out += '\n';
    return;
  }
  out += '\n';
  write_block(out, v, indent + 2);
}

void write_map_members(std::string& out, const Value& map, size_t indent, bool first_on_current_line) {
  bool first = true;
  for (const auto& [key, member] : map.members()) {
    if (!(first && first_on_current_line)) out.append(indent, ' ');
    first = false;
    append_scalar(out, key);
    out += ':';
    write_after_indicator(out, member, indent);
  }
}

void write_list_items(std::string& out, const Value& list, size_t indent) {
  for (const auto& item : list.items()) {
    out.append(indent, ' ');
    out += '-';
    if (item.kind() == Value::Kind::Map && !item.members().empty()) {
      out += ' ';  // a map item starts on the dash's line
      write_map_members(out, item, indent + 2, true);
    } else if (item.kind() == Value::Kind::Map) {
      out += " {}\n";
    } else {
      write_after_indicator(out, item, indent);
    }
  }
}

// A collection on its own lines at `indent`.
void write_block(std::string& out, const Value& v, size_t indent) {
  if (is_empty_collection(v)) {
    out.append(indent, ' ');
    out += v.kind() == Value::Kind::List ? "[]\n" : "{}\n";
  } else if (v.kind() == Value::Kind::Map) {
    write_map_members(out, v, indent, false);
  } else {
    write_list_items(out, v, indent);
  }
}

// A blank line before each top-level section and each resource or output,
// so that reviewers see one block per resource. Only whole-line keys at
// indentation 0 or 2 qualify; yaml-cpp never wraps a scalar onto such a line.
std::string add_blank_lines(const std::string& yaml) {
  std::istringstream in(yaml);
  std::string line, out;
  bool first = true, after_section_header = false;
  while (std::getline(in, line)) {
    const bool top = !line.empty() && line[0] != ' ' && line[0] != '#';
    const bool second = line.size() > 3 && line.compare(0, 2, "  ") == 0 && line[2] != ' ' && line[2] != '-' &&
                        line.back() == ':' && line.find(' ', 2) == std::string::npos;
    if (!first && (top || (second && !after_section_header))) out += "\n";
    if (top) first = false;
    after_section_header = top && line.back() == ':';
    out += line + "\n";
  }
  return out;
}

}  // namespace

std::string yaml_double_quoted(std::string_view text) {
  std::string out = "\"";
  for (size_t i = 0; i < text.size();) {
    const int cp = next_code_point(text, i);
    switch (cp) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      default:
        if (cp < 0x20 || (cp >= 0x80 && cp <= 0xA0)) {  // controls, C1 controls and no-break space
          out += "\\x";
          append_hex(out, cp, 2);
        } else if (cp == 0xFEFF) {  // a byte order mark inside text
          out += "\\u";
          append_hex(out, cp, 4);
        } else {
          append_utf8(out, cp);
        }
    }
  }
  out += '"';
  return out;
}

std::string write_yaml(const Value& tmpl) {
  std::string out = "# Generated by bslc from the BSL spec; edit the spec, not this file.\n\n";
  if (tmpl.kind() == Value::Kind::Map || tmpl.kind() == Value::Kind::List) {
    write_block(out, tmpl, 0);
  } else {
    write_scalar(out, tmpl);
    out += '\n';
  }
  return add_blank_lines(out);
}

}  // namespace bslc::emit::cfn
