#include "syntax/tree_context.h"

#include <fmt/format.h>

#include "syntax/generated.h"
#include "syntax/vocabulary.h"

namespace bslc::syntax {
namespace {

using P = bslcgen::BslParser;
using antlr4::ParserRuleContext;

ParserRuleContext* parent_of(ParserRuleContext* ctx) { return dynamic_cast<ParserRuleContext*>(ctx->parent); }

template <class T>
bool is(ParserRuleContext* ctx) {
  return dynamic_cast<const T*>(ctx) != nullptr;
}

// The token of the first real (not error-recovery) terminal child of this type.
const antlr4::Token* child_token(ParserRuleContext* ctx, size_t type) {
  for (antlr4::tree::ParseTree* child : ctx->children) {
    auto* terminal = dynamic_cast<antlr4::tree::TerminalNode*>(child);
    if (terminal == nullptr || dynamic_cast<antlr4::tree::ErrorNode*>(child) != nullptr) continue;
    if (terminal->getSymbol()->getType() == type) return terminal->getSymbol();
  }
  return nullptr;
}

template <class T>
size_t count_children(ParserRuleContext* ctx) {
  size_t n = 0;
  for (antlr4::tree::ParseTree* child : ctx->children)
    if (dynamic_cast<T*>(child) != nullptr) ++n;
  return n;
}

std::string name_of(ParserRuleContext* decl, const Session& session) {
  for (antlr4::tree::ParseTree* child : decl->children) {
    if (auto* ident = dynamic_cast<P::IdentContext*>(child)) return std::string(session.text(session.span(ident)));
  }
  if (const antlr4::Token* s = child_token(decl, P::STRING)) return std::string(session.text(s));
  return {};
}

std::string declaration_name(std::string_view keyword, ParserRuleContext* decl, const Session& session) {
  const std::string name = name_of(decl, session);
  return name.empty() ? fmt::format("this {}", keyword) : fmt::format("{} `{}`", keyword, name);
}

std::optional<std::string> block_name(ParserRuleContext* ctx, const Session& session) {
  if (is<P::BucketDeclContext>(ctx)) return declaration_name("bucket", ctx, session);
  if (is<P::ProfileDeclContext>(ctx)) return declaration_name("profile", ctx, session);
  if (is<P::VaultDeclContext>(ctx)) return declaration_name("vault", ctx, session);
  if (is<P::TestDeclContext>(ctx)) return declaration_name("test", ctx, session);
  if (is<P::PropertyDeclContext>(ctx)) return declaration_name("property", ctx, session);
  if (is<P::EncryptionBlockContext>(ctx)) return "the `encryption` block";
  if (is<P::TransportBlockContext>(ctx)) return "the `transport` block";
  if (is<P::VersioningBlockContext>(ctx)) return "the `versioning` block";
  if (is<P::ObjectLockBlockContext>(ctx)) return "the `object_lock` block";
  if (is<P::CorsSettingContext>(ctx)) return "the `cors` block";
  if (is<P::WithClauseContext>(ctx)) return "the `with` block";
  return std::nullopt;
}

std::string article_for(std::string_view what) {
  const char c = what.empty() ? 'x' : what[0];
  const bool vowel = std::string_view("aeiouAEIOU").find(c) != std::string_view::npos;
  return vowel || what.substr(0, 3) == "MFA" || what.substr(0, 4) == "HTTP" ? "an" : "a";
}

template <class T>
WordHint hint(const WordTable<T>& table) {
  const std::vector<std::string_view> listed = table.listed_words();
  WordHint h;
  h.choices = table.words();
  if (listed.size() == 1) {
    h.phrase = fmt::format("`{}`", listed[0]);
  } else if (listed.size() <= 3) {
    h.phrase = fmt::format("{} {}: {}", article_for(table.what), table.what, quoted_list(listed));
  } else {
    h.phrase =
        fmt::format("{} {} such as {}", article_for(table.what), table.what, quoted_list({listed[0], listed[1]}));
  }
  return h;
}

}  // namespace

std::optional<OpenBlock> innermost_open_block(ParserRuleContext* ctx, const Session& session) {
  for (; ctx != nullptr; ctx = parent_of(ctx)) {
    const antlr4::Token* lbrace = child_token(ctx, P::LBRACE);
    if (lbrace == nullptr || child_token(ctx, P::RBRACE) != nullptr) continue;
    if (auto name = block_name(ctx, session)) {
      const bool declaration = is<P::BucketDeclContext>(ctx) || is<P::ProfileDeclContext>(ctx) ||
                               is<P::VaultDeclContext>(ctx) || is<P::TestDeclContext>(ctx) ||
                               is<P::PropertyDeclContext>(ctx);
      return OpenBlock{*name, ctx, lbrace, declaration};
    }
  }
  return std::nullopt;
}

std::optional<Construct> enclosing_construct(ParserRuleContext* ctx, const Session& session) {
  // `noun` follows the keyword: "`grant` setting"; declarations are named by their own name instead.
  const auto keyword_construct = [](std::string keyword, std::string_view noun) {
    std::string description = noun.empty() ? fmt::format("`{}`", keyword) : fmt::format("`{}` {}", keyword, noun);
    std::string kind = fmt::format("{} {}", article_for(keyword), description);
    return Construct{std::move(keyword), std::move(description), std::move(kind)};
  };
  const auto declaration = [&](std::string keyword, ParserRuleContext* decl) {
    std::string description = declaration_name(keyword, decl, session);
    std::string kind = fmt::format("a {}", keyword);
    return Construct{std::move(keyword), std::move(description), std::move(kind)};
  };
  for (; ctx != nullptr; ctx = parent_of(ctx)) {
    const auto first_word = [&] { return std::string(session.text(ctx->getStart())); };
    if (is<P::SettingBodyContext>(ctx) || is<P::VaultSettingContext>(ctx))
      return keyword_construct(first_word(), "setting");
    // Items of a block are shown with the form of the whole setting they belong to.
    if (is<P::EncryptionItemContext>(ctx))
      return Construct{"encryption", "`encryption` block", "an `encryption` setting"};
    if (is<P::ObjectLockItemContext>(ctx))
      return Construct{"object_lock", "`object_lock` block", "an `object_lock` setting"};
    if (is<P::CorsItemContext>(ctx) || is<P::CorsRuleContext>(ctx)) return keyword_construct("allow", "rule");
    if (is<P::TransportBlockContext>(ctx)) return Construct{"transport", "`transport` block", "a `transport` setting"};
    if (is<P::VersioningBlockContext>(ctx))
      return Construct{"versioning", "`versioning` block", "a `versioning` setting"};
    if (is<P::WithClauseContext>(ctx)) return keyword_construct("with", "block");
    if (is<P::ExpectationContext>(ctx)) return keyword_construct("expect", "line");
    if (is<P::ClaimContext>(ctx)) return keyword_construct(first_word(), "claim");
    if (is<P::ConstDeclContext>(ctx)) return Construct{"constant", "constant", "a constant"};
    if (is<P::ImportDeclContext>(ctx)) return keyword_construct("import", "");
    if (is<P::BucketDeclContext>(ctx)) return declaration("bucket", ctx);
    if (is<P::ProfileDeclContext>(ctx)) return declaration("profile", ctx);
    if (is<P::VaultDeclContext>(ctx)) return declaration("vault", ctx);
    if (is<P::TestDeclContext>(ctx)) return declaration("test", ctx);
    if (is<P::PropertyDeclContext>(ctx)) return declaration("property", ctx);
  }
  return std::nullopt;
}

std::optional<WordHint> word_hint(ParserRuleContext* ctx) {
  if (ctx == nullptr) return std::nullopt;
  // Inside `word` itself the owner is the rule that asked for the word.
  ParserRuleContext* owner = is<P::WordContext>(ctx) ? parent_of(ctx) : ctx;
  if (owner == nullptr) return std::nullopt;
  if (is<P::WordListContext>(owner)) owner = parent_of(owner);
  if (owner == nullptr) return std::nullopt;
  const size_t words_before = count_children<P::WordContext>(owner) - (is<P::WordContext>(ctx) ? 1 : 0);

  if (is<P::DurationPartContext>(owner) || is<P::DurationContext>(owner)) return hint(kTimeUnits);
  if (is<P::EncryptionSettingContext>(owner)) return hint(kEncryptionModes);
  if (is<P::TransportSettingContext>(owner)) return hint(kTransportModes);
  if (is<P::OwnershipSettingContext>(owner)) return hint(kOwnershipModes);
  if (is<P::VersioningSettingContext>(owner)) return hint(kVersioningStates);
  if (is<P::VersioningBlockContext>(owner) || is<P::BucketKeyItemContext>(owner)) return hint(kSwitch);
  if (is<P::ObjectLockSettingContext>(owner)) return hint(kLockModes);
  if (is<P::OnlyViaSettingContext>(owner)) return hint(kPerimeterKinds);
  if (is<P::GrantSettingContext>(owner)) {
    if (count_children<P::RefContext>(owner) > 0) return hint(kAccessLevels);
    return WordHint{"a grantee such as `partner`, `public`, `org acme` or a quoted ARN", kGranteeQualifiers.words(),
                    true};
  }
  if (is<P::NotifySettingContext>(owner))
    return child_token(owner, P::TO) != nullptr ? hint(kNotifyTargets) : hint(kNotifyEvents);
  if (is<P::AuditSettingContext>(owner)) return words_before == 0 ? hint(kAuditKinds) : hint(kAuditScopes);
  if (is<P::PresignedModeSettingContext>(owner)) return hint(kPresignedModes);
  if (is<P::MfaSettingContext>(owner)) return hint(kMfaTargets);
  if (is<P::RequireTagSettingContext>(owner)) return hint(kUploadTrigger);
  if (is<P::ExpectedRateSettingContext>(owner)) return hint(kRateUnits);
  if (is<P::PublicAccessAllowSettingContext>(owner)) return hint(kPublicOpenings);
  if (is<P::KeyItemContext>(owner)) return hint(kKeySources);
  if (is<P::RequireItemContext>(owner)) return hint(kRequireHeader);
  if (is<P::BypassModeItemContext>(owner)) return hint(kBypassModes);
  if (is<P::CorsMethodsContext>(owner)) return hint(kHttpMethods);
  if (is<P::VaultLockContext>(owner)) return words_before == 0 ? hint(kVaultLockActions) : hint(kVaultLockAges);
  if (is<P::ConditionKeyContext>(owner) || is<P::ConditionContext>(owner) || is<P::PredicateContext>(owner) ||
      is<P::AtomContext>(owner))
    return WordHint{"a condition key such as `aws:SourceIp`", {}};
  return std::nullopt;
}

bool expects_condition_key(ParserRuleContext* ctx) {
  for (; ctx != nullptr; ctx = parent_of(ctx)) {
    if (is<P::WithClauseContext>(ctx) || is<P::ContextEntryContext>(ctx) || is<P::ConditionContext>(ctx) ||
        is<P::ConditionKeyContext>(ctx) || is<P::PredicateContext>(ctx) || is<P::AtomContext>(ctx))
      return true;
    if (is<P::SettingBodyContext>(ctx) || is<P::ClaimContext>(ctx) || is<P::ExpectationContext>(ctx)) return false;
  }
  return false;
}

bool is_complete(ParserRuleContext* ctx) {
  if (ctx == nullptr || ctx->exception != nullptr || ctx->children.empty()) return false;
  for (antlr4::tree::ParseTree* child : ctx->children) {
    if (dynamic_cast<antlr4::tree::ErrorNode*>(child) != nullptr) return false;
    if (auto* rule = dynamic_cast<ParserRuleContext*>(child); rule != nullptr && !is_complete(rule)) return false;
  }
  return true;
}

}  // namespace bslc::syntax
