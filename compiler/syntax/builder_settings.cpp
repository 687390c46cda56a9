// Settings of a bucket or profile body.
#include <fmt/format.h>

#include "syntax/builder.h"
#include "syntax/tree_context.h"

namespace bslc::syntax {

std::optional<ast::Setting> Builder::setting(P::SettingContext* ctx) {
  if (!is_complete(ctx)) return std::nullopt;  // its syntax error is already reported
  P::SettingBodyContext* body = ctx->settingBody();
  auto kind = if_valid([&] { return setting_kind(body); });
  if (!kind) return std::nullopt;
  ast::Setting s{std::move(*kind), std::nullopt, span(body)};
  if (antlr4::tree::TerminalNode* o = ctx->OVERRIDE()) s.override_span = span(o);
  return s;
}

ast::SettingKind Builder::setting_kind(P::SettingBodyContext* ctx) {
  if (auto* c = dynamic_cast<P::NameSettingContext*>(ctx)) return ast::NameSetting{str(c->STRING())};
  if (auto* c = dynamic_cast<P::RegionSettingContext*>(ctx)) return ast::RegionSetting{str(c->STRING())};
  if (auto* c = dynamic_cast<P::AccountSettingContext*>(ctx)) return ast::AccountSetting{ref(c->ref())};
  if (auto* c = dynamic_cast<P::UseSettingContext*>(ctx)) return ast::UseSetting{ident(c->ident())};
  if (auto* c = dynamic_cast<P::EncryptionSettingContext*>(ctx)) return encryption(c);
  if (auto* c = dynamic_cast<P::TransportSettingContext*>(ctx)) return transport(c);
  if (dynamic_cast<P::PublicAccessBlockSettingContext*>(ctx)) return ast::PublicAccessSetting{};
  if (auto* c = dynamic_cast<P::PublicAccessAllowSettingContext*>(ctx)) return public_access_allow(c);
  if (auto* c = dynamic_cast<P::OwnershipSettingContext*>(ctx)) {
    return ast::OwnershipSetting{word(c->how, kOwnershipModes, ast::Ownership::BucketOwnerEnforced), span(c->how),
                                 reason(c->reason())};
  }
  if (auto* c = dynamic_cast<P::VersioningSettingContext*>(ctx)) return versioning(c);
  if (auto* c = dynamic_cast<P::ObjectLockSettingContext*>(ctx)) return object_lock(c);
  if (auto* c = dynamic_cast<P::LoggingSettingContext*>(ctx)) {
    return ast::LoggingSetting{ref(c->ref()), prefix(c->prefixClause())};
  }
  if (dynamic_cast<P::LoggingOffSettingContext*>(ctx)) return ast::LoggingSetting{};
  if (auto* c = dynamic_cast<P::AuditSettingContext*>(ctx)) return audit(c);
  if (auto* c = dynamic_cast<P::OnlyViaSettingContext*>(ctx)) return only_via(c);
  if (auto* c = dynamic_cast<P::RestrictTagSettingContext*>(ctx))
    return ast::RestrictTagSetting{tag_pair(c->tagPair(0)), tag_pair(c->tagPair(1))};
  if (auto* c = dynamic_cast<P::RequireTagSettingContext*>(ctx)) return require_tag(c);
  if (auto* c = dynamic_cast<P::ProtectTagSettingContext*>(ctx))
    return ast::ProtectTagSetting{tag_key(c->tagKey()), except(c->exceptClause())};
  if (auto* c = dynamic_cast<P::GrantSettingContext*>(ctx)) return grant(c);
  if (auto* c = dynamic_cast<P::DenySettingContext*>(ctx)) return deny(c);
  if (auto* c = dynamic_cast<P::StatementSettingContext*>(ctx)) return statement(c);
  if (auto* c = dynamic_cast<P::PresignedMaxAgeSettingContext*>(ctx))
    return ast::PresignedSetting{duration(c->duration())};
  if (auto* c = dynamic_cast<P::PresignedModeSettingContext*>(ctx)) {
    word(c->word(), kPresignedModes, true);
    return ast::PresignedSetting{};
  }
  if (auto* c = dynamic_cast<P::MfaSettingContext*>(ctx)) return mfa(c);
  if (auto* c = dynamic_cast<P::CorsSettingContext*>(ctx)) return cors(c);
  if (auto* c = dynamic_cast<P::NotifySettingContext*>(ctx)) return notify(c);
  if (auto* c = dynamic_cast<P::ExpectedRateSettingContext*>(ctx)) return expected_rate(c);
  if (auto* c = dynamic_cast<P::AcknowledgeSettingContext*>(ctx)) return acknowledgement(c->IDENT(), c->reason());
  // Unreachable for a complete tree: every alternative is handled above. Drop the setting.
  ++errors_;
  return ast::NameSetting{};
}

ast::EncryptionSetting Builder::encryption(P::EncryptionSettingContext* ctx) {
  ast::EncryptionSetting s;
  s.mode = word(ctx->how, kEncryptionModes, ast::EncryptionMode::SseS3);
  s.mode_span = span(ctx->how);
  P::EncryptionBlockContext* block = ctx->encryptionBlock();
  if (block == nullptr) return s;
  std::optional<Span> key_at, bucket_key_at, require_at;
  constexpr std::string_view kWhere = "the `encryption` block";
  for (P::EncryptionItemContext* item : block->encryptionItem()) {
    if (auto* k = dynamic_cast<P::KeyItemContext*>(item)) {
      if (given_twice(key_at, span(k), "key", kWhere)) continue;
      ast::KeySpec key;
      key.span = span(k);
      const Span source_span = span(k->source);
      const std::string_view source_text = session_.text(source_span);
      antlr4::tree::TerminalNode* value = k->STRING();
      if (auto source = kKeySources.find(source_text)) {
        key.source = *source;
        if (*source == ast::KeySource::Arn && value == nullptr)
          error(diag::Code::E0101, source_span, "`key arn` needs the key's ARN",
                "write `key arn \"arn:aws:kms:<region>:<account>:key/<id>\"`");
        if (*source == ast::KeySource::AwsManaged && value != nullptr)
          error(diag::Code::E0101, span(value), "`key aws_managed` takes no value",
                "remove the string: the AWS managed key `aws/s3` has no name to choose");
        if (value != nullptr) key.value = str(value);
      } else if (k->source->IDENT() != nullptr && value == nullptr) {
        // Any other name refers to a `key` constant; sema resolves it.
        key.source = ast::KeySource::Named;
        key.name = ast::Ident{std::string(source_text), source_span};
      } else {
        word_at(source_span, kKeySources, ast::KeySource::New);  // reports the unknown word
      }
      s.key = std::move(key);
    } else if (auto* b = dynamic_cast<P::BucketKeyItemContext*>(item)) {
      if (given_twice(bucket_key_at, span(b), "bucket_key", kWhere)) continue;
      s.bucket_key = word(b->word(), kSwitch, true);
      s.bucket_key_span = span(b);
    } else if (auto* r = dynamic_cast<P::RequireItemContext*>(item)) {
      if (given_twice(require_at, span(r), "require", kWhere)) continue;
      word(r->word(), kRequireHeader, true);
      s.require_header = true;
      s.require_span = span(r);
    }
  }
  return s;
}

ast::TransportSetting Builder::transport(P::TransportSettingContext* ctx) {
  ast::TransportSetting s;
  s.mode = word(ctx->how, kTransportModes, ast::TransportMode::TlsOnly);
  s.mode_span = span(ctx->how);
  if (P::TransportBlockContext* block = ctx->transportBlock(); block != nullptr && block->number() != nullptr)
    s.min_version = number(block->number());
  s.reason = reason(ctx->reason());
  return s;
}

ast::PublicAccessSetting Builder::public_access_allow(P::PublicAccessAllowSettingContext* ctx) {
  ast::PublicAccessSetting s;
  s.block_all = false;
  for (P::WordContext* w : ctx->word()) {
    if (word(w, kPublicOpenings, PublicOpening::Policy) == PublicOpening::Policy)
      s.allow_policy = true;
    else
      s.allow_acls = true;
  }
  // `public_access allow because "..."` lifts both kinds of protection.
  if (ctx->word().empty()) s.allow_policy = s.allow_acls = true;
  s.reason = reason(ctx->reason());
  return s;
}

ast::VersioningSetting Builder::versioning(P::VersioningSettingContext* ctx) {
  ast::VersioningSetting s;
  s.state = word(ctx->state, kVersioningStates, ast::VersioningState::Enabled);
  s.state_span = span(ctx->state);
  if (P::VersioningBlockContext* block = ctx->versioningBlock(); block != nullptr && block->word() != nullptr) {
    s.mfa_delete = word(block->word(), kSwitch, true);
    s.mfa_delete_span = join(span(block->MFA_DELETE()), span(block->word()));
  }
  return s;
}

ast::ObjectLockSetting Builder::object_lock(P::ObjectLockSettingContext* ctx) {
  ast::ObjectLockSetting s;
  s.mode = word(ctx->how, kLockModes, ast::LockMode::Governance);
  s.mode_span = span(ctx->how);
  if (P::DurationContext* d = ctx->duration()) s.retention = duration(d);
  P::ObjectLockBlockContext* block = ctx->objectLockBlock();
  if (block == nullptr) return s;
  std::optional<Span> bypass_at, legal_hold_at;
  constexpr std::string_view kWhere = "the `object_lock` block";
  for (P::ObjectLockItemContext* item : block->objectLockItem()) {
    if (auto* b = dynamic_cast<P::BypassOnlyItemContext*>(item)) {
      if (given_twice(bypass_at, span(b), "bypass", kWhere)) continue;
      s.bypass = ast::BypassMode::Only;
      s.bypass_principals = idents(b->identList());
      s.bypass_span = span(b);
    } else if (auto* b = dynamic_cast<P::BypassModeItemContext*>(item)) {
      if (given_twice(bypass_at, span(b), "bypass", kWhere)) continue;
      s.bypass = word(b->word(), kBypassModes, ast::BypassMode::Nobody);
      s.bypass_span = span(b);
    } else if (auto* l = dynamic_cast<P::LegalHoldItemContext*>(item)) {
      if (given_twice(legal_hold_at, span(l), "legal_hold", kWhere)) continue;
      s.legal_hold_principals = idents(l->identList());
      s.legal_hold_span = span(l);
    }
  }
  return s;
}

ast::AuditSetting Builder::audit(P::AuditSettingContext* ctx) {
  ast::AuditSetting s;
  const std::vector<P::WordContext*> words = ctx->word();
  word(words[0], kAuditKinds, true);
  if (words.size() >= 2) s.scope = word(words[1], kAuditScopes, ast::AuditScope::All);
  if (words.size() >= 3)
    error(diag::Code::E0101, span(words[2]),
          fmt::format("unexpected `{}` in this `audit` setting", session_.text(span(words[2]))),
          "a `audit` setting is written `audit data_events [all|read|write] [to <bucket>]`");
  if (P::RefContext* r = ctx->ref()) s.trail_bucket = ref(r);
  return s;
}

ast::OnlyViaSetting Builder::only_via(P::OnlyViaSettingContext* ctx) {
  ast::OnlyViaSetting s;
  s.kind = word(ctx->kind, kPerimeterKinds, ast::PerimeterKind::VpcEndpoint);
  s.kind_span = span(ctx->kind);
  s.values = refs(ctx->refs());
  s.except = except(ctx->exceptClause());
  return s;
}

ast::RequireTagSetting Builder::require_tag(P::RequireTagSettingContext* ctx) {
  ast::RequireTagSetting s;
  s.key = tag_key(ctx->tagKey());
  if (P::StringListContext* list = ctx->stringList()) s.allowed = strings(list);
  word(ctx->word(), kUploadTrigger, true);
  return s;
}

ast::GrantSetting Builder::grant(P::GrantSettingContext* ctx) {
  ast::GrantSetting s;
  s.grantee = ref(ctx->grantee);
  if (ctx->qualifier != nullptr)
    s.form = word(ctx->qualifier, kGranteeQualifiers, ast::GranteeForm::Org);
  else if (!s.grantee.is_name)
    s.form = ast::GranteeForm::Literal;
  else if (s.grantee.text == kPublicGrantee)
    s.form = ast::GranteeForm::Public;
  else
    s.form = ast::GranteeForm::Named;
  s.level = word(ctx->level, kAccessLevels, ast::AccessLevel::Read);
  s.level_span = span(ctx->level);
  s.prefix = prefix(ctx->prefixClause());
  s.reason = reason(ctx->reason());
  return s;
}

ast::DenySetting Builder::deny(P::DenySettingContext* ctx) {
  ast::DenySetting s;
  // `everyone` is not a principal name but "every principal"; it never reaches `who`.
  for (ast::Ref& r : refs(ctx->who)) {
    if (r.is_name && r.text == kEveryone)
      s.everyone = true;
    else
      s.who.push_back(std::move(r));
  }
  s.actions = actions(ctx->actions());
  s.prefix = prefix(ctx->prefixClause());
  s.except = except(ctx->exceptClause());
  for (P::ConditionContext* c : ctx->condition()) s.unless.push_back(condition(c));
  return s;
}

ast::StatementSetting Builder::statement(P::StatementSettingContext* ctx) {
  ast::StatementSetting s;
  s.sid = str(ctx->STRING());
  for (P::StatementItemContext* item : ctx->statementItem()) {
    if (auto* e = dynamic_cast<P::StatementEffectContext*>(item)) {
      s.effects.emplace_back(e->ALLOW() != nullptr, span(e));
    } else if (auto* f = dynamic_cast<P::StatementFieldContext*>(item)) {
      ast::StatementField field{verbatim(f->IDENT()), {}, span(f)};
      for (P::StatementValueContext* v : f->statementValues()->statementValue()) {
        if (P::IdentContext* name = v->ident()) {
          field.values.push_back(ast::Ref{true, ident(name).name, span(name)});
        } else if (Terminal* literal = v->STRING()) {
          ast::Str text = str(literal);
          field.values.push_back(ast::Ref{false, std::move(text.value), text.span});
        } else {
          ast::Str text = verbatim(v->QNAME());
          field.values.push_back(ast::Ref{false, std::move(text.value), text.span});
        }
      }
      s.fields.push_back(std::move(field));
    } else if (auto* p = dynamic_cast<P::StatementPrefixContext*>(item)) {
      s.prefixes.push_back(*prefix(p->prefixClause()));
    } else if (auto* c = dynamic_cast<P::StatementConditionContext*>(item)) {
      s.conditions.push_back(ast::StatementCondition{verbatim(c->IDENT() ? c->IDENT() : c->QNAME()),
                                                     ast::Str{std::string(session_.text(span(c->key))), span(c->key)},
                                                     value(c->scalarOrList()), span(c)});
    }
  }
  return s;
}

ast::MfaSetting Builder::mfa(P::MfaSettingContext* ctx) {
  ast::MfaSetting s;
  if (P::WordContext* w = ctx->word()) {
    word(w, kMfaTargets, true);
    s.for_delete = true;
  } else {
    s.actions = actions(ctx->actions());
  }
  return s;
}

ast::CorsSetting Builder::cors(P::CorsSettingContext* ctx) {
  ast::CorsSetting s;
  for (P::CorsRuleContext* rule : ctx->corsRule()) s.rules.push_back(cors_rule(rule));
  return s;
}

ast::CorsRule Builder::cors_rule(P::CorsRuleContext* ctx) {
  ast::CorsRule rule;
  std::optional<Span> origins_at, methods_at, headers_at, expose_at, max_age_at, id_at;
  constexpr std::string_view kWhere = "this CORS rule";
  for (P::CorsItemContext* item : ctx->corsItem()) {
    const Span at = span(item);
    if (auto* c = dynamic_cast<P::CorsOriginsContext*>(item)) {
      if (!given_twice(origins_at, at, "origins", kWhere)) rule.origins = strings(c->stringList());
    } else if (auto* c = dynamic_cast<P::CorsMethodsContext*>(item)) {
      if (given_twice(methods_at, at, "methods", kWhere)) continue;
      for (P::WordContext* w : c->wordList()->word())
        rule.methods.push_back(word(w, kHttpMethods, ast::HttpMethod::Get));
      rule.methods_span = span(c->wordList());
    } else if (auto* c = dynamic_cast<P::CorsHeadersContext*>(item)) {
      if (!given_twice(headers_at, at, "headers", kWhere)) rule.headers = strings(c->stringList());
    } else if (auto* c = dynamic_cast<P::CorsExposeContext*>(item)) {
      if (!given_twice(expose_at, at, "expose", kWhere)) rule.expose = strings(c->stringList());
    } else if (auto* c = dynamic_cast<P::CorsMaxAgeContext*>(item)) {
      if (given_twice(max_age_at, at, "max_age", kWhere)) continue;
      rule.max_age_seconds = c->INT() != nullptr ? integer(c->INT()) : duration(c->duration()).seconds();
    } else if (auto* c = dynamic_cast<P::CorsIdContext*>(item)) {
      if (!given_twice(id_at, at, "id", kWhere)) rule.id = str(c->STRING());
    }
  }
  rule.span = span(ctx);
  return rule;
}

ast::NotifySetting Builder::notify(P::NotifySettingContext* ctx) {
  ast::NotifySetting s;
  s.event = std::string(word(ctx->event, kNotifyEvents, std::string_view()));
  s.event_span = span(ctx->event);
  s.prefix = prefix(ctx->prefixClause());
  s.suffix = suffix(ctx->suffixClause());
  s.target = word(ctx->target, kNotifyTargets, ast::NotifyTarget::Sqs);
  if (P::RefContext* r = ctx->ref()) s.destination = ref(r);
  const std::string_view target = session_.text(span(ctx->target));
  if (!kNotifyTargets.find(target)) return s;
  if (s.target == ast::NotifyTarget::EventBridge && s.destination) {
    error(diag::Code::E0101, s.destination->span, "`eventbridge` takes no destination",
          "remove it: S3 sends the events to the account's default event bus");
  } else if (s.target != ast::NotifyTarget::EventBridge && !s.destination) {
    error(diag::Code::E0101, span(ctx->target), fmt::format("`{}` needs a destination", target),
          fmt::format("name the {} after `{}`: its ARN in quotes, or a constant",
                      target == "lambda" ? "function"
                      : target == "sqs"  ? "queue"
                                         : "topic",
                      target));
  }
  return s;
}

ast::ExpectedRateSetting Builder::expected_rate(P::ExpectedRateSettingContext* ctx) {
  ast::ExpectedRateSetting s;
  s.requests_per_second = integer(ctx->INT());
  if (P::WordContext* unit = ctx->word()) word(unit, kRateUnits, true);
  return s;
}

}  // namespace bslc::syntax
