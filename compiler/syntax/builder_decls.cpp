// Declarations: imports, constants, buckets and profiles, vaults, tests and properties.
#include <fmt/format.h>

#include "syntax/builder.h"
#include "syntax/tree_context.h"

namespace bslc::syntax {
namespace {

// A terminal that the input really contained (error recovery can make one up).
bool real(antlr4::tree::TerminalNode* t) {
  return t != nullptr && dynamic_cast<antlr4::tree::ErrorNode*>(t) == nullptr;
}

// A declaration left out for a syntax error: its name, when that much is
// whole, so uses of it do not repeat the error as "unknown name".
void remember_broken(bslcgen::BslParser::IdentContext* name, ast::File& file) {
  if (name != nullptr && is_complete(name)) file.broken_names.push_back(name->getText());
}

}  // namespace

ast::File Builder::build(P::FileContext* tree) {
  ast::File file;
  if (tree == nullptr) return file;
  for (P::ItemContext* item_ctx : tree->item()) item(item_ctx, file);
  return file;
}

void Builder::item(P::ItemContext* ctx, ast::File& file) {
  // A declaration with a syntax error in its header was reported and is left out; a
  // block with errors inside keeps the settings that are whole.
  if (auto* c = ctx->importDecl()) {
    if (!is_complete(c)) return;
    if (auto built = if_valid([&] { return import_decl(c); })) file.imports.push_back(std::move(*built));
  } else if (auto* c = ctx->constDecl()) {
    std::optional<ast::ConstDecl> built;
    if (is_complete(c)) built = if_valid([&] { return const_decl(c); });
    if (built)
      file.constants.push_back(std::move(*built));
    else
      remember_broken(c->ident(), file);
  } else if (auto* c = ctx->bucketDecl()) {
    if (!is_complete(c->ident()) || !real(c->LBRACE())) return remember_broken(c->ident(), file);
    file.buckets.push_back(body_decl(c, c->ident(), c->setting()));
  } else if (auto* c = ctx->profileDecl()) {
    if (!is_complete(c->ident()) || !real(c->LBRACE())) return remember_broken(c->ident(), file);
    file.profiles.push_back(body_decl(c, c->ident(), c->setting()));
  } else if (auto* c = ctx->vaultDecl()) {
    if (!is_complete(c->ident()) || !real(c->LBRACE())) return remember_broken(c->ident(), file);
    file.vaults.push_back(vault_decl(c));
  } else if (auto* c = ctx->testDecl()) {
    if (!real(c->STRING()) || !real(c->LBRACE())) return;
    if (auto built = if_valid([&] { return test_decl(c); })) file.tests.push_back(std::move(*built));
  } else if (auto* c = ctx->propertyDecl()) {
    if (!real(c->STRING()) || !real(c->LBRACE())) return;
    if (auto built = if_valid([&] { return property_decl(c); })) file.properties.push_back(std::move(*built));
  }
}

ast::Import Builder::import_decl(P::ImportDeclContext* ctx) { return ast::Import{str(ctx->STRING()), span(ctx)}; }

ast::ConstDecl Builder::const_decl(P::ConstDeclContext* ctx) {
  ast::ConstDecl decl;
  decl.kind = word_at(span(ctx->kind), kConstKinds, ast::ConstKind::Account);
  decl.name = ident(ctx->ident());
  if (auto* list = ctx->value->stringList()) {
    decl.is_list = true;
    decl.values = strings(list);
  } else {
    decl.values.push_back(str(ctx->value->STRING()));
  }
  decl.span = span(ctx);
  return decl;
}

ast::BucketDecl Builder::body_decl(Ctx* ctx, P::IdentContext* name, const std::vector<P::SettingContext*>& settings) {
  ast::BucketDecl decl;
  decl.name = ident(name);
  for (P::SettingContext* s : settings)
    if (auto built = setting(s)) decl.settings.push_back(std::move(*built));
  decl.span = span(ctx);
  return decl;
}

ast::VaultDecl Builder::vault_decl(P::VaultDeclContext* ctx) {
  ast::VaultDecl vault;
  vault.name = ident(ctx->ident());
  for (P::VaultSettingContext* s : ctx->vaultSetting())
    if (is_complete(s)) vault_setting(s, vault);
  vault.span = span(ctx);
  return vault;
}

void Builder::vault_setting(P::VaultSettingContext* ctx, ast::VaultDecl& vault) {
  // Each setting may be given once; a second one is reported and left out.
  const auto first_time = [&](const auto& field, std::string_view keyword) {
    if (!field) return true;
    std::optional<Span> first = field->span;
    given_twice(first, span(ctx), keyword, fmt::format("vault `{}`", vault.name.name));
    return false;
  };
  if (auto* c = dynamic_cast<P::VaultNameContext*>(ctx)) {
    if (first_time(vault.physical_name, "name")) vault.physical_name = if_valid([&] { return str(c->STRING()); });
  } else if (auto* c = dynamic_cast<P::VaultRegionContext*>(ctx)) {
    if (first_time(vault.region, "region")) vault.region = if_valid([&] { return str(c->STRING()); });
  } else if (auto* c = dynamic_cast<P::VaultAccountContext*>(ctx)) {
    if (first_time(vault.account, "account")) vault.account = if_valid([&] { return ref(c->ref()); });
  } else if (auto* c = dynamic_cast<P::VaultLockContext*>(ctx)) {
    if (!first_time(vault.lock, "lock")) return;
    vault.lock = if_valid([&] {
      word(c->action, kVaultLockActions, true);
      word(c->age, kVaultLockAges, true);
      return ast::VaultLock{duration(c->duration()), span(c)};
    });
  } else if (auto* c = dynamic_cast<P::VaultAcknowledgeContext*>(ctx)) {
    if (auto built = if_valid([&] { return acknowledgement(c->IDENT(), c->reason()); }))
      vault.acknowledgements.push_back(std::move(*built));
  }
}

ast::TestDecl Builder::test_decl(P::TestDeclContext* ctx) {
  ast::TestDecl test;
  test.name = str(ctx->STRING());
  for (P::ExpectationContext* e : ctx->expectation()) {
    if (!is_complete(e)) continue;
    if (auto built = if_valid([&] { return expectation(e); })) test.expectations.push_back(std::move(*built));
  }
  test.span = span(ctx);
  return test;
}

ast::Expectation Builder::expectation(P::ExpectationContext* ctx) {
  ast::Expectation e;
  e.allow = ctx->outcome->getType() == P::ALLOW;
  e.principal = ref(ctx->who);
  e.action = verbatim(ctx->QNAME());
  e.resource = str(ctx->STRING());
  if (P::WithClauseContext* with = ctx->withClause()) {
    for (P::ContextEntryContext* entry : with->contextEntry())
      e.context.push_back(ast::ContextEntry{verbatim(entry->QNAME()), value(entry->scalarOrList()), span(entry)});
  }
  e.span = span(ctx);
  return e;
}

ast::PropertyDecl Builder::property_decl(P::PropertyDeclContext* ctx) {
  ast::PropertyDecl property;
  property.name = str(ctx->STRING());
  for (P::ClaimContext* c : ctx->claim()) {
    if (!is_complete(c)) continue;
    if (auto built = if_valid([&] { return claim(c); })) property.claims.push_back(std::move(*built));
  }
  property.span = span(ctx);
  return property;
}

ast::Claim Builder::claim(P::ClaimContext* ctx) {
  ast::Claim claim;
  claim.never = ctx->quantifier->getType() == P::NEVER;
  claim.actions = actions(ctx->actions());
  if (ctx->ident()) claim.bucket = ident(ctx->ident());
  claim.prefix = prefix(ctx->prefixClause());
  if (P::ByClauseContext* by = ctx->byClause()) {
    const bool outside = by->anyone != nullptr;
    if (outside && (by->anyone->getText() != "anyone" || by->outside->getText() != "outside")) {
      error(diag::Code::E0114, span(by),
            fmt::format("unknown words `{} {}` in `by`, expected `anyone outside`", by->anyone->getText(),
                        by->outside->getText()),
            "write `by <who>` or `by anyone outside <who>`");
    }
    claim.by = ast::ByClause{outside, refs(by->refs()), span(by)};
  }
  for (P::PredicateContext* p : ctx->predicate()) claim.where.push_back(predicate(p));
  claim.span = span(ctx);
  return claim;
}

ast::Predicate Builder::predicate(P::PredicateContext* ctx) {
  ast::Predicate p;
  p.negated = ctx->NOT() != nullptr;
  P::AtomContext* atom = ctx->atom();
  if (auto* a = dynamic_cast<P::ObjectTagAtomContext*>(atom)) {
    p.kind = ast::Predicate::Kind::ObjectTag;
    p.tag = tag_pair(a->tagPair());
  } else if (auto* a = dynamic_cast<P::PrincipalTagAtomContext*>(atom)) {
    p.kind = ast::Predicate::Kind::PrincipalTag;
    p.tag = tag_pair(a->tagPair());
  } else if (auto* a = dynamic_cast<P::PrefixAtomContext*>(atom)) {
    p.kind = ast::Predicate::Kind::Prefix;
    p.prefix = *prefix(a->prefixClause());
  } else if (auto* a = dynamic_cast<P::ConditionAtomContext*>(atom)) {
    p.kind = ast::Predicate::Kind::Condition;
    p.condition = condition(a->condition());
  }
  p.span = span(ctx);
  return p;
}

}  // namespace bslc::syntax
