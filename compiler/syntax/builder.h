// Turns the parse tree into the AST: byte spans for every node, decoded
// strings, checked numbers and durations, and every word validated into the
// AST enums (E0105, E0111, E0112, E0114). A construct that holds a syntax
// error (already reported) or a word that failed validation is left out of
// the AST rather than built with a guessed value.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

#include "ast/ast.h"
#include "syntax/generated.h"
#include "syntax/session.h"
#include "syntax/vocabulary.h"

namespace bslc::syntax {

class Builder {
 public:
  explicit Builder(Session& session) : session_(session) {}

  ast::File build(bslcgen::BslParser::FileContext* tree);

 private:
  using P = bslcgen::BslParser;
  using Ctx = antlr4::ParserRuleContext;
  using Terminal = antlr4::tree::TerminalNode;

  // builder_decls.cpp
  void item(P::ItemContext* item, ast::File& file);
  ast::Import import_decl(P::ImportDeclContext* ctx);
  ast::ConstDecl const_decl(P::ConstDeclContext* ctx);
  ast::BucketDecl body_decl(Ctx* ctx, P::IdentContext* name, const std::vector<P::SettingContext*>& settings);
  ast::VaultDecl vault_decl(P::VaultDeclContext* ctx);
  void vault_setting(P::VaultSettingContext* ctx, ast::VaultDecl& vault);
  ast::TestDecl test_decl(P::TestDeclContext* ctx);
  ast::Expectation expectation(P::ExpectationContext* ctx);
  ast::PropertyDecl property_decl(P::PropertyDeclContext* ctx);
  ast::Claim claim(P::ClaimContext* ctx);
  ast::Predicate predicate(P::PredicateContext* ctx);

  // builder_settings.cpp
  std::optional<ast::Setting> setting(P::SettingContext* ctx);
  ast::SettingKind setting_kind(P::SettingBodyContext* ctx);
  ast::EncryptionSetting encryption(P::EncryptionSettingContext* ctx);
  ast::TransportSetting transport(P::TransportSettingContext* ctx);
  ast::PublicAccessSetting public_access_allow(P::PublicAccessAllowSettingContext* ctx);
  ast::VersioningSetting versioning(P::VersioningSettingContext* ctx);
  ast::ObjectLockSetting object_lock(P::ObjectLockSettingContext* ctx);
  ast::AuditSetting audit(P::AuditSettingContext* ctx);
  ast::OnlyViaSetting only_via(P::OnlyViaSettingContext* ctx);
  ast::RequireTagSetting require_tag(P::RequireTagSettingContext* ctx);
  ast::GrantSetting grant(P::GrantSettingContext* ctx);
  ast::DenySetting deny(P::DenySettingContext* ctx);
  ast::StatementSetting statement(P::StatementSettingContext* ctx);
  ast::MfaSetting mfa(P::MfaSettingContext* ctx);
  ast::CorsSetting cors(P::CorsSettingContext* ctx);
  ast::CorsRule cors_rule(P::CorsRuleContext* ctx);
  ast::NotifySetting notify(P::NotifySettingContext* ctx);
  ast::ExpectedRateSetting expected_rate(P::ExpectedRateSettingContext* ctx);

  // builder_values.cpp
  ast::Str str(Terminal* string_token);
  ast::Str verbatim(Terminal* token);  // an action or condition key, taken as written
  ast::Ident ident(P::IdentContext* ctx);
  ast::Ref ref(P::RefContext* ctx);
  std::vector<ast::Ref> refs(P::RefsContext* ctx);
  std::vector<ast::Ident> idents(P::IdentListContext* ctx);
  std::vector<ast::Ident> except(P::ExceptClauseContext* ctx);
  std::vector<ast::Str> strings(P::StringListContext* ctx);
  std::vector<ast::Str> actions(P::ActionsContext* ctx);
  std::optional<ast::Str> prefix(P::PrefixClauseContext* ctx);
  std::optional<ast::Str> suffix(P::SuffixClauseContext* ctx);
  std::optional<ast::Reason> reason(P::ReasonContext* ctx);
  ast::AcknowledgeSetting acknowledgement(Terminal* code, P::ReasonContext* why);
  ast::Number number(P::NumberContext* ctx);
  int64_t integer(Terminal* token);  // E0111 when it does not fit
  ast::Duration duration(P::DurationContext* ctx);
  ast::Str tag_key(P::TagKeyContext* ctx);
  ast::TagPair tag_pair(P::TagPairContext* ctx);
  ast::Condition condition(P::ConditionContext* ctx);
  ast::Value value(P::ScalarOrListContext* ctx);
  ast::Scalar scalar(P::ScalarContext* ctx);

  // Validates a word against a table; reports E0114 and returns `fallback` if unknown.
  template <class T>
  T word(P::WordContext* ctx, const WordTable<T>& table, T fallback) {
    return word_at(span(ctx), table, fallback);
  }
  template <class T>
  T word_at(Span at, const WordTable<T>& table, T fallback) {
    const std::string_view text = session_.text(at);
    if (auto value = table.find(text)) return *value;
    unknown_word(at, text, table.what, table.listed_words(), table.words());
    return fallback;
  }
  void unknown_word(Span at, std::string_view word, std::string_view what, const std::vector<std::string_view>& listed,
                    const std::vector<std::string_view>& all);

  // Runs `build`; the result is kept only if building it found no error.
  template <class F>
  auto if_valid(F&& build) -> std::optional<decltype(build())> {
    const int before = errors_;
    auto result = build();
    if (errors_ != before) return std::nullopt;
    return result;
  }
  // E0206 for a block item given twice; remembers where the first one was.
  bool given_twice(std::optional<Span>& first, Span at, std::string_view item, std::string_view where);

  Span span(Ctx* ctx) const { return session_.span(ctx); }
  Span span(Terminal* t) const;
  diag::Diagnostic* error(diag::Code code, Span at, std::string message, std::string help);

  Session& session_;
  // Counts every error the builder found, reported or not (the Reporter may
  // drop duplicates): a construct is kept only if the count did not move.
  int errors_ = 0;
};

}  // namespace bslc::syntax
