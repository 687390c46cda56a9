#include "syntax/describe.h"

#include <antlr4-runtime.h>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "syntax/generated.h"

namespace bslc::syntax {
namespace {

using P = bslcgen::BslParser;

const std::vector<size_t> kSettingStarters = {
    P::ACCOUNT,       P::NAME,      P::REGION,        P::USE,         P::OVERRIDE, P::ENCRYPTION, P::TRANSPORT,
    P::PUBLIC_ACCESS, P::OWNERSHIP, P::VERSIONING,    P::OBJECT_LOCK, P::LOGGING,  P::AUDIT,      P::ONLY_VIA,
    P::RESTRICT,      P::REQUIRE,   P::PROTECT,       P::GRANT,       P::DENY,     P::PRESIGNED,  P::MFA,
    P::CORS,          P::NOTIFY,    P::EXPECTED_RATE, P::ACKNOWLEDGE, P::STATEMENT};
const std::vector<size_t> kDeclarationStarters = {P::IMPORT,   P::PROFILE, P::BUCKET, P::VAULT, P::TEST,
                                                  P::PROPERTY, P::ACCOUNT, P::KEY,    P::IDENT};
const std::vector<size_t> kVaultStarters = {P::NAME, P::REGION, P::ACCOUNT, P::LOCK, P::ACKNOWLEDGE};
const std::vector<size_t> kCompareOps = {P::ASSIGN, P::NEQ, P::LT, P::LE, P::GT, P::GE, P::IN, P::NOT, P::LIKE};
const std::vector<size_t> kWordTokens = {P::IDENT, P::ON, P::OFF, P::ALL, P::TRUE, P::FALSE};

bool contains_all(const std::set<size_t>& set, const std::vector<size_t>& items) {
  return std::all_of(items.begin(), items.end(), [&](size_t t) { return set.count(t) > 0; });
}

void remove_all(std::set<size_t>& set, const std::vector<size_t>& items) {
  for (size_t t : items) set.erase(t);
}

std::string join_alternatives(const std::vector<std::string>& parts) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i > 0) out += i + 1 == parts.size() ? " or " : ", ";
    out += parts[i];
  }
  return out;
}

}  // namespace

std::string keyword_text(size_t type, const antlr4::dfa::Vocabulary& vocabulary) {
  std::string literal = vocabulary.getLiteralName(type);  // "'encryption'", or "" for IDENT, STRING, ...
  if (literal.size() >= 2 && literal.front() == '\'' && literal.back() == '\'')
    return literal.substr(1, literal.size() - 2);
  return {};
}

std::vector<std::string> keyword_spellings(const antlr4::misc::IntervalSet& set,
                                           const antlr4::dfa::Vocabulary& vocabulary) {
  std::vector<std::string> out;
  for (const ssize_t type : set.toList()) {
    if (type <= 0) continue;
    std::string text = keyword_text(static_cast<size_t>(type), vocabulary);
    if (!text.empty() && std::isalpha(static_cast<unsigned char>(text[0]))) out.push_back(std::move(text));
  }
  return out;
}

bool is_setting_keyword(size_t type) {
  return std::find(kSettingStarters.begin(), kSettingStarters.end(), type) != kSettingStarters.end();
}

bool is_declaration_keyword(size_t type) {
  return type == P::IMPORT || type == P::PROFILE || type == P::BUCKET || type == P::VAULT || type == P::TEST ||
         type == P::PROPERTY;
}

// Keywords are the token types from `import` to `false`; the grammar lists them first.
bool is_wordlike(size_t type) { return (type >= P::IMPORT && type <= P::FALSE) || type == P::IDENT; }

std::string describe_expected(const antlr4::misc::IntervalSet& expected, const antlr4::dfa::Vocabulary& vocabulary,
                              const ExpectHints& hints) {
  std::set<size_t> rest;
  for (const ssize_t t : expected.toList()) {
    const auto type = static_cast<size_t>(t);  // EOF and EPSILON are stored as -1 and -2
    if (type != antlr4::Token::EPSILON) rest.insert(type);
  }
  std::vector<std::string> parts;
  // Groups first: they say what the user can write, where a token list would only say how it starts.
  if (contains_all(rest, {P::GRANT, P::ENCRYPTION, P::NAME})) {
    parts.push_back("a setting such as `encryption` or `grant`");
    remove_all(rest, kSettingStarters);
    rest.erase(P::RBRACE);  // the help line offers `}`; "..., `grant` or `}`" would read as one list
  }
  if (contains_all(rest, {P::BUCKET, P::PROFILE})) {
    parts.push_back("a declaration such as `bucket`, `profile` or `import`");
    remove_all(rest, kDeclarationStarters);
    rest.erase(antlr4::Token::EOF);
  }
  if (contains_all(rest, {P::LOCK, P::NAME})) {
    parts.push_back("a vault setting such as `name` or `lock`");
    remove_all(rest, kVaultStarters);
    rest.erase(P::RBRACE);
  }
  if (contains_all(rest, {P::ASSIGN, P::NEQ, P::LIKE})) {
    parts.push_back("a comparison such as `=`, `!=` or `in`");
    remove_all(rest, kCompareOps);
  }
  if (contains_all(rest, kWordTokens)) {
    parts.push_back(hints.word ? hints.word->phrase : "a word");
    remove_all(rest, kWordTokens);
    if (hints.word && hints.word->covers_strings) rest.erase(P::STRING);
  }
  if (contains_all(rest, {P::DURATION, P::INT})) {
    parts.push_back("a duration such as `30 days`");
    remove_all(rest, {P::DURATION, P::INT});
  }
  if (contains_all(rest, {P::INT, P::DECIMAL})) {
    parts.push_back("a number");
    remove_all(rest, {P::INT, P::DECIMAL});
  }
  // Then kinds of value, keywords, opening and closing punctuation, end of file: "a string or `[`".
  std::vector<std::string> values, keywords, openers, closers;
  for (const size_t t : rest) {
    switch (t) {
      case P::STRING: values.push_back("a string"); break;
      case P::IDENT: values.push_back("a name"); break;
      case P::INT: values.push_back("a whole number"); break;
      case P::DECIMAL: values.push_back("a decimal number such as `1.2`"); break;
      case P::DURATION: values.push_back("a duration such as `30 days`"); break;
      case P::QNAME:
        values.push_back(hints.condition_key ? "a condition key such as `aws:SourceIp`"
                                             : "an action such as `s3:GetObject`");
        break;
      case antlr4::Token::EOF: closers.push_back("end of file"); break;
      case P::RBRACE:
      case P::RBRACK: closers.insert(closers.begin(), fmt::format("`{}`", keyword_text(t, vocabulary))); break;
      case P::LBRACE:
      case P::LBRACK:
      case P::COMMA: openers.push_back(fmt::format("`{}`", keyword_text(t, vocabulary))); break;
      default: {
        const std::string text = keyword_text(t, vocabulary);
        if (!text.empty()) keywords.push_back(fmt::format("`{}`", text));
      }
    }
  }
  for (auto* group : {&values, &keywords, &openers})
    for (std::string& p : *group)
      if (std::find(parts.begin(), parts.end(), p) == parts.end()) parts.push_back(std::move(p));
  for (std::string& c : closers) parts.push_back(std::move(c));
  if (parts.empty()) return "something else";
  // A long list helps nobody; the help line carries the full form of the construct.
  if (parts.size() > 8) {
    parts.resize(7);
    parts.push_back("another keyword");
  }
  return join_alternatives(parts);
}

std::string describe_found(const antlr4::Token* token, const Session& session) {
  if (token == nullptr || token->getType() == antlr4::Token::EOF) return "end of file";
  const std::string_view text = session.text(token);
  if (text.empty()) return "end of file";
  // Keep the message to one line: cut long tokens after 40 code points.
  size_t cut = text.size(), points = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && points++ == 40) {
      cut = i;
      break;
    }
  }
  return fmt::format("`{}{}`", text.substr(0, cut), cut < text.size() ? "..." : "");
}

}  // namespace bslc::syntax
