#include "sim/detail/request_fast.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <vector>

namespace bslc::sim::detail {
namespace {

class Cursor {
 public:
  explicit Cursor(std::string_view text) : s_(text) {}

  void skip_space() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\n' || s_[i_] == '\r')) ++i_;
  }
  bool eat(char c) {
    skip_space();
    if (i_ < s_.size() && s_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }
  char peek() {
    skip_space();
    return i_ < s_.size() ? s_[i_] : '\0';
  }
  bool at_end() {
    skip_space();
    return i_ == s_.size();
  }
  // A string of plain printable ASCII only (no escapes): the general reader handles the rest.
  bool string(std::string_view& out) {
    if (!eat('"')) return false;
    const size_t start = i_;
    while (i_ < s_.size()) {
      const auto c = static_cast<unsigned char>(s_[i_]);
      if (c == '"') {
        out = s_.substr(start, i_ - start);
        ++i_;
        return true;
      }
      if (c == '\\' || c < 0x20 || c >= 0x80) return false;
      ++i_;
    }
    return false;
  }
  // A number written exactly as nlohmann::json writes it back: an integer
  // without leading zeros or "-0" (<= 18 digits), or a short decimal whose
  // digits are already the shortest that round-trip (<= 15 significant, no
  // trailing zero, within the range written without an exponent).
  bool number(std::string_view& out) {
    skip_space();
    const size_t start = i_;
    if (i_ < s_.size() && s_[i_] == '-') ++i_;
    const size_t int_start = i_;
    while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
    const size_t int_digits = i_ - int_start;
    if (int_digits == 0 || (int_digits > 1 && s_[int_start] == '0')) return false;
    if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) return false;
    if (i_ == s_.size() || s_[i_] != '.') {
      if (int_digits > 18 || (int_digits == 1 && s_[int_start] == '0' && int_start != start)) return false;
      out = s_.substr(start, i_ - start);
      return true;
    }
    ++i_;
    const size_t frac_start = i_;
    while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
    const size_t frac_digits = i_ - frac_start;
    if (frac_digits == 0 || frac_digits > 6 || int_digits > 6) return false;
    if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) return false;
    if (s_[i_ - 1] == '0') return false;  // "1.50" is written back "1.5" ("2.0" too, but keep it simple)
    if (s_[int_start] == '0') {           // 0.000x: at most three zeros after the point
      size_t zeros = 0;
      while (zeros < frac_digits && s_[frac_start + zeros] == '0') ++zeros;
      if (zeros > 3) return false;
    }
    out = s_.substr(start, i_ - start);
    return true;
  }
  bool word(std::string_view w) {
    skip_space();
    if (s_.substr(i_, w.size()) != w) return false;
    i_ += w.size();
    return true;
  }

 private:
  std::string_view s_;
  size_t i_ = 0;
};

// One context scalar as the general reader converts it.
bool scalar(Cursor& c, ContextValue& out) {
  const char first = c.peek();
  std::string_view text;
  if (first == '"') {
    if (!c.string(text)) return false;
    out = ContextValue(text);
  } else if (first == 't' || first == 'f') {
    const bool b = first == 't';
    if (!c.word(b ? "true" : "false")) return false;
    out = ContextValue(b);
  } else {
    if (!c.number(text)) return false;
    out = ContextValue::number(std::string(text));
  }
  return true;
}

bool context(Cursor& c, std::vector<ContextEntry>& out) {
  if (!c.eat('{')) return false;
  if (c.eat('}')) return true;
  do {
    std::string_view key;
    if (!c.string(key) || !c.eat(':')) return false;
    ContextEntry entry{std::string(key), {}};
    if (c.peek() == '[') {
      c.eat('[');
      std::vector<std::string> items;
      if (!c.eat(']')) {
        do {
          ContextValue item;
          if (!scalar(c, item)) return false;
          items.push_back(std::move(item.text));
        } while (c.eat(','));
        if (!c.eat(']')) return false;
      }
      entry.value = ContextValue::list(std::move(items));
    } else if (!scalar(c, entry.value)) {
      return false;
    }
    out.push_back(std::move(entry));
  } while (c.eat(','));
  return c.eat('}');
}

}  // namespace

std::optional<RequestLine> read_request_fast(std::string_view text) {
  Cursor c(text);
  if (!c.eat('{')) return std::nullopt;
  RequestLine line;
  std::vector<ContextEntry> ctx;
  unsigned seen = 0;  // one bit per member
  if (!c.eat('}')) {
    do {
      std::string_view name, value;
      if (!c.string(name) || !c.eat(':')) return std::nullopt;
      static constexpr std::string_view kNames[] = {"id", "principal", "action", "resource", "context"};
      const auto which = static_cast<unsigned>(std::find(std::begin(kNames), std::end(kNames), name) - kNames);
      if (which == 5 || (seen & (1u << which))) return std::nullopt;  // unknown ("object"...) or repeated
      seen |= 1u << which;
      if (which == 4) {
        if (!context(c, ctx)) return std::nullopt;
        continue;
      }
      if (!c.string(value)) return std::nullopt;
      std::string& field = which == 0   ? line.id
                           : which == 1 ? line.request.principal
                           : which == 2 ? line.request.action
                                        : line.request.resource;
      field = value;
    } while (c.eat(','));
    if (!c.eat('}')) return std::nullopt;
  }
  if (!c.at_end() || (seen & 0xF) != 0xF) return std::nullopt;
  // The general reader visits context keys in sorted order (and a repeated key would be its last value).
  std::sort(ctx.begin(), ctx.end(), [](const ContextEntry& a, const ContextEntry& b) { return a.key < b.key; });
  for (size_t i = 1; i < ctx.size(); ++i)
    if (ctx[i].key == ctx[i - 1].key) return std::nullopt;
  for (auto& e : ctx) line.request.set(std::move(e.key), std::move(e.value));
  if (!parse_principal(line.request.principal)) return std::nullopt;
  return line;
}

void append_json_string(std::string& out, std::string_view text) {
  const bool plain =
      std::all_of(text.begin(), text.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
  if (!plain) {  // UTF-8 validation and replacement: the library's
    out += nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\b': out += "\\b"; break;
      case '\f': out += "\\f"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) {
          out += "\\u00";
          out += kHex[c >> 4];
          out += kHex[c & 0xF];
        } else {
          out += ch;
        }
    }
  }
  out += '"';
}

}  // namespace bslc::sim::detail
