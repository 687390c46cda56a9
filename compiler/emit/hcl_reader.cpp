#include "emit/hcl_reader.h"

#include <cctype>

#include "source/utf8.h"

namespace bslc::emit {

const nlohmann::json* HclBlock::attribute(const std::string& name) const {
  for (const auto& [key, value] : attributes)
    if (key == name) return &value;
  return nullptr;
}

namespace {

using json = nlohmann::json;

class Reader {
 public:
  Reader(std::string_view text, const HclResolver& resolve, std::vector<std::string>& errors)
      : s_(text), resolve_(resolve), errors_(errors) {}

  HclBlock body_until(char close) {
    HclBlock block;
    while (true) {
      skip_space_and_comments();
      if (eof() || peek() == close) break;
      const std::string name = identifier();
      if (name.empty()) {
        fail("expected an attribute or block name");
        break;
      }
      skip_inline_space();
      if (peek() == '=') {
        ++pos_;
        block.attributes.emplace_back(name, expression());
        continue;
      }
      HclBlock nested;
      nested.type = name;
      while (peek() == '"') {
        json label = quoted_template();
        nested.labels.push_back(label.is_string() ? label.get<std::string>() : label.dump());
        skip_inline_space();
      }
      if (!consume('{')) {
        fail("expected `{` after block `" + name + "`");
        break;
      }
      HclBlock inner = body_until('}');
      nested.attributes = std::move(inner.attributes);
      nested.blocks = std::move(inner.blocks);
      if (!consume('}')) fail("expected `}`");
      block.blocks.push_back(std::move(nested));
    }
    return block;
  }

  // The whole input is a template body (Terraform JSON string values).
  json raw_template() { return template_until('\0', false); }

  bool eof() const { return pos_ >= s_.size(); }

 private:
  char peek(size_t ahead = 0) const { return pos_ + ahead < s_.size() ? s_[pos_ + ahead] : '\0'; }
  bool consume(char c) {
    skip_space_and_comments();
    if (peek() != c) return false;
    ++pos_;
    return true;
  }
  void fail(const std::string& message) {
    errors_.push_back("offset " + std::to_string(pos_) + ": " + message);
    pos_ = s_.size();  // stop: one error is enough for a test helper
  }
  void skip_inline_space() {
    while (peek() == ' ' || peek() == '\t') ++pos_;
  }
  void skip_space_and_comments() {
    while (!eof()) {
      const char c = peek();
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        ++pos_;
      } else if (c == '#' || (c == '/' && peek(1) == '/')) {
        while (!eof() && peek() != '\n') ++pos_;
      } else {
        break;
      }
    }
  }
  std::string identifier() {
    std::string out;
    while (!eof() && (std::isalnum(static_cast<unsigned char>(peek())) || peek() == '_' || peek() == '-'))
      out += s_[pos_++];
    return out;
  }

  json expression() {
    skip_space_and_comments();
    const char c = peek();
    if (c == '"') return quoted_template();
    if (c == '[') return tuple();
    if (c == '{') return object();
    if (std::isdigit(static_cast<unsigned char>(c)) || c == '-') return number();
    const std::string name = identifier();
    if (name.empty()) {
      fail(std::string("unexpected character `") + c + "`");
      return nullptr;
    }
    if (name == "true") return true;
    if (name == "false") return false;
    if (name == "null") return nullptr;
    if (peek() == '(') return call(name);
    std::string path = name;
    while (peek() == '.') {
      ++pos_;
      path += "." + identifier();
    }
    if (auto value = resolve_(path)) return *value;
    return "<unresolved:" + path + ">";
  }

  json call(const std::string& name) {
    ++pos_;  // (
    json arg = expression();
    if (!consume(')')) fail("expected `)`");
    if (name != "jsonencode") fail("unsupported function `" + name + "`");
    return arg;
  }

  json number() {
    std::string text;
    while (!eof() && (std::isdigit(static_cast<unsigned char>(peek())) || peek() == '-' || peek() == '.'))
      text += s_[pos_++];
    try {
      return json::parse(text);
    } catch (const std::exception&) {
      fail("bad number `" + text + "`");
      return nullptr;
    }
  }

  json tuple() {
    ++pos_;  // [
    json out = json::array();
    while (true) {
      skip_space_and_comments();
      if (eof()) return fail("unterminated tuple"), out;
      if (peek() == ']') break;
      out.push_back(expression());
      skip_space_and_comments();
      if (peek() == ',') ++pos_;
    }
    ++pos_;
    return out;
  }

  json object() {
    ++pos_;  // {
    json out = json::object();
    while (true) {
      skip_space_and_comments();
      if (eof()) return fail("unterminated object"), out;
      if (peek() == '}') break;
      json key = peek() == '"' ? quoted_template() : json(identifier());
      skip_space_and_comments();
      if (peek() != '=' && peek() != ':') return fail("expected `=` in object"), out;
      ++pos_;
      out[key.is_string() ? key.get<std::string>() : key.dump()] = expression();
      skip_space_and_comments();
      if (peek() == ',') ++pos_;
    }
    ++pos_;
    return out;
  }

  json quoted_template() {
    ++pos_;  // opening quote
    json value = template_until('"', true);
    if (peek() != '"') {
      fail("unterminated string");
      return value;
    }
    ++pos_;
    return value;
  }

  uint32_t hex(size_t digits) {
    uint32_t cp = 0;
    for (size_t i = 0; i < digits; ++i) {
      const char h = peek();
      if (!std::isxdigit(static_cast<unsigned char>(h))) {
        fail("bad \\u escape");
        return 0;
      }
      cp = cp * 16 +
           static_cast<uint32_t>(std::isdigit(static_cast<unsigned char>(h)) ? h - '0' : (std::tolower(h) - 'a' + 10));
      ++pos_;
    }
    return cp;
  }

  // Literal text with escapes; `${ expr }` interpolations.
  json template_until(char close, bool backslashes) {
    std::string text;
    json single;  // the value of a template that is one interpolation only
    int pieces = 0;
    bool literal_seen = false;
    while (!eof() && !(close != '\0' && peek() == close)) {
      const char c = peek();
      if ((c == '$' || c == '%') && peek(1) == c && peek(2) == '{') {
        text += c;
        text += '{';
        pos_ += 3;
        literal_seen = true;
        continue;
      }
      if (c == '%' && peek(1) == '{') return fail("template directives are not supported"), json(text);
      if (c == '$' && peek(1) == '{') {
        pos_ += 2;
        json value = expression();
        if (!consume('}')) return fail("expected `}` after interpolation"), json(text);
        ++pieces;
        single = value;
        text += value.is_string() ? value.get<std::string>() : value.dump();
        continue;
      }
      if (backslashes && c == '\\') {
        const char e = peek(1);
        pos_ += 2;
        switch (e) {
          case 'n': text += '\n'; break;
          case 'r': text += '\r'; break;
          case 't': text += '\t'; break;
          case '"': text += '"'; break;
          case '\\': text += '\\'; break;
          case 'u': append_utf8(text, hex(4)); break;
          case 'U': append_utf8(text, hex(8)); break;
          default: return fail(std::string("unknown escape \\") + e), json(text);
        }
        literal_seen = true;
        continue;
      }
      text += c;
      ++pos_;
      literal_seen = true;
    }
    if (pieces == 1 && !literal_seen) return single;
    return text;
  }

  std::string_view s_;
  size_t pos_ = 0;
  const HclResolver& resolve_;
  std::vector<std::string>& errors_;
};

}  // namespace

HclBlock read_hcl(std::string_view text, const HclResolver& resolve, std::vector<std::string>& errors) {
  Reader reader(text, resolve, errors);
  HclBlock root = reader.body_until('\0');
  if (!reader.eof()) errors.push_back("unexpected `}` at top level");
  return root;
}

json read_hcl_template(std::string_view text, const HclResolver& resolve, std::vector<std::string>& errors) {
  Reader reader(text, resolve, errors);
  return reader.raw_template();
}

}  // namespace bslc::emit
