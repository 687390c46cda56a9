#include "sema/bucket_builder.h"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "catalog/condition_operators.h"
#include "policy/document.h"
#include "sema/symbols.h"

namespace bslc::sema {

ir::Origin BucketBuilder::origin(const Context& ctx, Span span) const {
  return ir::Origin{Location{ctx.src, span}, false, ctx.profile};
}

bool BucketBuilder::write(const std::string& field, const std::string& value, const ir::Origin& at, bool is_override) {
  auto it = ledger_.find(field);
  if (it != ledger_.end()) {
    const Written& prev = it->second;
    const bool prev_from_profile = !prev.origin.profile.empty();
    const bool same_source = prev.origin.profile == at.profile;
    if (!prev_from_profile && at.profile.empty() && !is_override) {
      r_.sink()
          .report(diag::Code::E0206, at.loc, fmt::format("`{}` is set twice in bucket `{}`", field, b_.id),
                  "remove one of the two settings")
          .note(prev.origin.loc, "first set here");
      return false;
    }
    if (prev_from_profile && !same_source && prev.value != value && !is_override) {
      r_.sink()
          .report(diag::Code::E0208, at.loc,
                  fmt::format("`{}` contradicts profile `{}`, which sets it to `{}`", field, prev.origin.profile,
                              prev.value),
                  fmt::format("write `override` before this setting if bucket `{}` really needs `{}`", b_.id, value))
          .note(prev.origin.loc, fmt::format("profile `{}` sets it here", prev.origin.profile));
      return false;
    }
  }
  ledger_[field] = Written{at, value};
  return true;
}

std::string BucketBuilder::require_reason(const std::optional<ast::Reason>& reason, const Context& ctx, Span span,
                                          const std::string& what) {
  if (reason && !reason->text.value.empty()) return reason->text.value;
  r_.sink().report(diag::Code::E0207, Location{ctx.src, span},
                   fmt::format("{} weakens a secure default without a reason", what),
                   "add `because \"<why this bucket needs it>\"` so reviewers see the justification");
  return {};
}

void BucketBuilder::apply_body(const ast::BucketDecl& body, const SourcePtr& src, const std::string& profile,
                               bool override_all) {
  if (!profile.empty()) profile_stack_.push_back(profile);
  const Context ctx{src, profile, override_all};
  for (const auto& s : body.settings) apply(s, ctx);
  if (!profile.empty()) profile_stack_.pop_back();
}

namespace {

int64_t retention_amount(const ast::Duration& d, ast::TimeUnit unit) {
  int64_t total = 0;
  for (const auto& p : d.parts)
    if (p.unit == unit) total += p.amount;
  return total;
}

ir::CompareOp convert(ast::CompareOp op) { return static_cast<ir::CompareOp>(static_cast<int>(op)); }

}  // namespace

// One overload per setting kind; reads like the language reference.
struct SettingApplier {
  BucketBuilder& bb;
  const BucketBuilder::Context& ctx;
  const ast::Setting& setting;
  bool ov() const { return ctx.override_all || setting.override_span.has_value(); }
  ir::Origin here() const { return bb.origin(ctx, setting.span); }
  ir::Origin at(Span s) const { return bb.origin(ctx, s); }
  ir::Bucket& b() { return bb.b_; }
  Resolver& r() { return bb.r_; }

  void operator()(const ast::NameSetting& s) {
    if (bb.write("name", s.value.value, here(), ov())) b().name = s.value.value, b().name_origin = at(s.value.span);
  }
  void operator()(const ast::RegionSetting& s) {
    if (bb.write("region", s.value.value, here(), ov()))
      b().region = s.value.value, b().region_origin = at(s.value.span);
  }
  void operator()(const ast::AccountSetting& s) {
    auto v = r().value(s.account, ctx.src, {ast::ConstKind::Account}, "an account constant");
    if (v && bb.write("account", *v, here(), ov())) {
      b().account = *v;
      b().account_origin = s.account.is_name ? here() : at(s.account.span);
    }
  }
  void operator()(const ast::UseSetting& s) {
    const Symbol* sym = r().symbols().lookup(s.profile.name, Location{ctx.src, s.profile.span}, "a profile");
    if (!sym) return;
    if (sym->kind != Symbol::Kind::Profile) {
      r().sink()
          .report(diag::Code::E0205, Location{ctx.src, s.profile.span},
                  fmt::format("`{}` is {}, not a profile", s.profile.name, describe(*sym)),
                  "`use` applies a profile; declare one with `profile NAME { ... }`")
          .note(sym->loc, "defined here");
      return;
    }
    for (const auto& open : bb.profile_stack_) {
      if (open == s.profile.name) {
        r().sink().report(diag::Code::E0209, Location{ctx.src, s.profile.span},
                          fmt::format("profile `{}` uses itself through `use`", s.profile.name),
                          "remove the `use` that closes the cycle");
        return;
      }
    }
    b().profiles.push_back(s.profile.name);
    bb.apply_body(*sym->body, sym->loc.source, s.profile.name, ov());
  }
  void operator()(const ast::EncryptionSetting& s) {
    auto& e = b().encryption;
    const auto mode = static_cast<ir::EncryptionMode>(static_cast<int>(s.mode));
    if (bb.write("encryption", ast::to_string(s.mode), at(s.mode_span), ov())) {
      // A different mode makes the previous key settings meaningless.
      if (e.origin.loc.valid() && e.mode != mode) e = ir::Encryption{};
      e.mode = mode;
      e.origin = here();
    }
    if (s.key) {
      const auto& k = *s.key;
      // The alias of a new key is its own field: `key new "alias/x"` refines a
      // profile's `key new` instead of contradicting it.
      std::string repr = ast::to_string(k.source);
      if (k.source == ast::KeySource::Arn && k.value) repr += " \"" + k.value->value + "\"";
      if (k.name) repr += " " + k.name->name;
      if (bb.write("encryption key", repr, at(k.span), ov())) {
        e.key_origin = at(k.span);
        e.key_arn.clear();
        if (k.source != ast::KeySource::New) e.key_alias.clear();
        switch (k.source) {
          case ast::KeySource::New:
            e.key = ir::KeyKind::New;
            if (k.value && bb.write("encryption key alias", k.value->value, at(k.value->span), ov()))
              e.key_alias = k.value->value;
            break;
          case ast::KeySource::Arn:
            e.key = ir::KeyKind::Arn;
            if (k.value) e.key_arn = k.value->value, e.key_origin = at(k.value->span);
            break;
          case ast::KeySource::AwsManaged: e.key = ir::KeyKind::AwsManaged; break;
          case ast::KeySource::Named:
            if (k.name) {
              auto v = r().value(ast::Ref{true, k.name->name, k.name->span}, ctx.src, {ast::ConstKind::Key},
                                 "a key constant");
              if (v) {
                e.key = ir::KeyKind::Arn;
                e.key_arn = *v;
                const Symbol* sym = r().symbols().find(k.name->name);
                if (sym && sym->constant)
                  e.key_origin =
                      ir::Origin{Location{sym->loc.source, sym->constant->values.front().span}, false, ctx.profile};
              }
            }
            break;
        }
      }
    }
    if (s.bucket_key && bb.write("encryption bucket_key", *s.bucket_key ? "on" : "off", at(s.bucket_key_span), ov())) {
      e.bucket_key = *s.bucket_key;
      e.bucket_key_origin = at(s.bucket_key_span);
    }
    if (s.require_header && bb.write("encryption require", "header", at(s.require_span), ov())) {
      e.require_header = true;
      e.require_origin = at(s.require_span);
    }
  }
  void operator()(const ast::TransportSetting& s) {
    auto& t = b().transport;
    const bool tls = s.mode == ast::TransportMode::TlsOnly;
    if (bb.write("transport", ast::to_string(s.mode), at(s.mode_span), ov())) {
      t.tls_only = tls;
      t.origin = here();
      if (!tls) {
        t.reason = bb.require_reason(s.reason, ctx, s.mode_span, "`transport allow_http`");
        t.min_tls.reset();
      }
    }
    if (s.min_version && bb.write("transport min_version", s.min_version->text, at(s.min_version->span), ov())) {
      t.min_tls = s.min_version->text;
      t.min_tls_origin = at(s.min_version->span);
    }
  }
  void operator()(const ast::PublicAccessSetting& s) {
    std::string repr = s.block_all ? "block all" : "allow";
    if (!s.block_all && s.allow_policy) repr += " policy";
    if (!s.block_all && s.allow_acls) repr += " acls";
    if (!bb.write("public_access", repr, here(), ov())) return;
    auto& p = b().public_access;
    p = ir::PublicAccess{};
    p.origin = here();
    if (s.block_all) return;
    p.reason = bb.require_reason(s.reason, ctx, setting.span, "`public_access allow`");
    const bool both = !s.allow_policy && !s.allow_acls;
    if (both || s.allow_policy) p.block_public_policy = p.restrict_public_buckets = false;
    if (both || s.allow_acls) p.block_public_acls = p.ignore_public_acls = false;
  }
  void operator()(const ast::OwnershipSetting& s) {
    if (!bb.write("ownership", ast::to_string(s.mode), at(s.mode_span), ov())) return;
    b().ownership = static_cast<ir::Ownership>(static_cast<int>(s.mode));
    b().ownership_origin = here();
    b().ownership_reason.clear();
    if (s.mode != ast::Ownership::BucketOwnerEnforced)
      b().ownership_reason = bb.require_reason(s.reason, ctx, s.mode_span, "turning ACLs on");
  }
  void operator()(const ast::VersioningSetting& s) {
    auto& v = b().versioning;
    if (bb.write("versioning", ast::to_string(s.state), at(s.state_span), ov())) {
      v.state = s.state == ast::VersioningState::Enabled     ? ir::VersioningState::Enabled
                : s.state == ast::VersioningState::Suspended ? ir::VersioningState::Suspended
                                                             : ir::VersioningState::Unset;
      v.origin = here();
    }
    if (s.mfa_delete && bb.write("versioning mfa_delete", *s.mfa_delete ? "on" : "off", at(s.mfa_delete_span), ov())) {
      v.mfa_delete = *s.mfa_delete;
      v.mfa_delete_origin = at(s.mfa_delete_span);
    }
  }
  void operator()(const ast::ObjectLockSetting& s) {
    auto& l = b().object_lock;
    if (bb.write("object_lock", ast::to_string(s.mode), at(s.mode_span), ov())) {
      l.enabled = true;
      l.origin = here();
      if (s.mode == ast::LockMode::EnabledOnly)
        l.mode.reset();
      else
        l.mode = s.mode == ast::LockMode::Compliance ? ir::LockMode::Compliance : ir::LockMode::Governance;
    }
    if (s.retention) {
      std::string repr;
      for (const auto& p : s.retention->parts) repr += fmt::format("{}{} ", p.amount, ast::to_string(p.unit));
      if (bb.write("object_lock retention", repr, at(s.retention->span), ov())) {
        l.retention_origin = at(s.retention->span);
        for (const auto& p : s.retention->parts) {
          if (p.unit != ast::TimeUnit::Days && p.unit != ast::TimeUnit::Years)
            r().sink().report(diag::Code::E0211, Location{ctx.src, p.span},
                              fmt::format("object lock retention cannot be given in {}", ast::to_string(p.unit)),
                              "give the retention in days or in years, e.g. `30 days` or `7 years`");
        }
        l.days = retention_amount(*s.retention, ast::TimeUnit::Days);
        l.years = retention_amount(*s.retention, ast::TimeUnit::Years);
      }
    }
    if (s.bypass) {
      std::string repr = ast::to_string(*s.bypass);
      for (const auto& p : s.bypass_principals) repr += " " + p.name;
      if (bb.write("object_lock bypass", repr, at(s.bypass_span), ov())) {
        l.bypass = *s.bypass == ast::BypassMode::Only     ? ir::BypassMode::Only
                   : *s.bypass == ast::BypassMode::Nobody ? ir::BypassMode::Nobody
                                                          : ir::BypassMode::Anyone;
        l.bypass_principals = r().principals(s.bypass_principals, ctx.src);
        l.bypass_origin = at(s.bypass_span);
      }
    }
    if (!s.legal_hold_principals.empty()) {
      std::string repr;
      for (const auto& p : s.legal_hold_principals) repr += " " + p.name;
      if (bb.write("object_lock legal_hold", repr, at(s.legal_hold_span), ov())) {
        l.legal_hold_principals = r().principals(s.legal_hold_principals, ctx.src);
        l.legal_hold_origin = at(s.legal_hold_span);
      }
    }
  }
  void operator()(const ast::LoggingSetting& s) {
    const std::string repr = s.target ? s.target->text + (s.prefix ? " prefix " + s.prefix->value : "") : "off";
    if (!bb.write("logging", repr, here(), ov())) return;
    if (!s.target) {
      b().logging.reset();
      return;
    }
    ir::Logging l;
    l.origin = here();
    if (s.prefix) l.prefix = s.prefix->value;
    if (s.target->is_name) {
      const Symbol* sym = r().symbols().lookup(s.target->text, Location{ctx.src, s.target->span}, "a bucket");
      if (!sym) return;
      if (sym->kind != Symbol::Kind::Bucket) {
        r().sink()
            .report(diag::Code::E0205, Location{ctx.src, s.target->span},
                    fmt::format("`{}` is {}, not a bucket", s.target->text, describe(*sym)),
                    "log to a bucket declared with `bucket NAME { ... }`, or give its physical name as a string")
            .note(sym->loc, "defined here");
        return;
      }
      l.target_id = s.target->text;
    } else {
      l.target_name = s.target->text;
    }
    b().logging = l;
  }
  void operator()(const ast::AuditSetting& s) {
    if (!bb.write("audit", fmt::format("data_events {}", ast::to_string(s.scope)), here(), ov())) return;
    ir::Audit a;
    a.scope = static_cast<ir::AuditScope>(static_cast<int>(s.scope));
    a.origin = here();
    if (s.trail_bucket) {
      if (s.trail_bucket->is_name) {
        const Symbol* sym =
            r().symbols().lookup(s.trail_bucket->text, Location{ctx.src, s.trail_bucket->span}, "a bucket");
        if (sym && sym->kind == Symbol::Kind::Bucket)
          a.trail_bucket_id = s.trail_bucket->text;
        else if (sym)
          r().sink().report(diag::Code::E0205, Location{ctx.src, s.trail_bucket->span},
                            fmt::format("`{}` is {}, not a bucket", s.trail_bucket->text, describe(*sym)),
                            "send the trail to a bucket declared with `bucket NAME { ... }`");
      } else {
        a.trail_bucket_name = s.trail_bucket->text;
      }
    }
    b().audit = a;
  }
  void operator()(const ast::OnlyViaSetting& s) {
    ir::Perimeter p;
    p.kind = static_cast<ir::PerimeterKind>(static_cast<int>(s.kind));
    p.origin = here();
    const ast::ConstKind kind = s.kind == ast::PerimeterKind::VpcEndpoint ? ast::ConstKind::Endpoint
                                : s.kind == ast::PerimeterKind::Vpc       ? ast::ConstKind::Vpc
                                : s.kind == ast::PerimeterKind::Org       ? ast::ConstKind::Org
                                                                          : ast::ConstKind::Cidr;
    const char* expected = s.kind == ast::PerimeterKind::VpcEndpoint ? "an endpoint constant or a `vpce-...` id"
                           : s.kind == ast::PerimeterKind::Vpc       ? "a vpc constant or a `vpc-...` id"
                           : s.kind == ast::PerimeterKind::Org       ? "an org constant or an `o-...` id"
                                                                     : "a cidr constant or a CIDR string";
    for (const auto& v : s.values)
      for (auto& value : r().values(v, ctx.src, {kind}, expected)) p.values.push_back(std::move(value));
    p.except = r().principals(s.except, ctx.src);
    b().perimeters.push_back(std::move(p));
  }
  void operator()(const ast::RestrictTagSetting& s) {
    b().tag_restrictions.push_back(ir::TagRestriction{s.object_tag.key.value, s.object_tag.value.value,
                                                      s.principal_tag.key.value, s.principal_tag.value.value, here()});
  }
  void operator()(const ast::RequireTagSetting& s) {
    ir::RequiredTag t{s.key.value, {}, here()};
    for (const auto& v : s.allowed) t.allowed.push_back(v.value);
    b().required_tags.push_back(std::move(t));
  }
  void operator()(const ast::ProtectTagSetting& s) {
    b().protected_tags.push_back(ir::ProtectedTag{s.key.value, r().principals(s.except, ctx.src), here()});
  }
  void operator()(const ast::GrantSetting& s) {
    ir::Grant g;
    g.level = static_cast<ir::AccessLevel>(static_cast<int>(s.level));
    g.origin = here();
    if (s.prefix) g.prefix = s.prefix->value;
    std::optional<ir::Principal> p;
    switch (s.form) {
      case ast::GranteeForm::Public:
        p = r().principal(ast::Ref{true, "public", s.grantee.span}, ctx.src, true);
        g.reason = bb.require_reason(s.reason, ctx, setting.span, "a public grant");
        break;
      case ast::GranteeForm::Literal:
      case ast::GranteeForm::Named: p = r().principal(s.grantee, ctx.src); break;
      case ast::GranteeForm::Org:
      case ast::GranteeForm::CloudFront: {
        p = r().principal(s.grantee, ctx.src);
        const ir::PrincipalKind want =
            s.form == ast::GranteeForm::Org ? ir::PrincipalKind::Org : ir::PrincipalKind::CloudFront;
        if (p && p->kind != want) {
          r().sink().report(
              diag::Code::E0205, Location{ctx.src, s.grantee.span},
              fmt::format("`{}` is not {}", s.grantee.text,
                          want == ir::PrincipalKind::Org ? "an organization" : "a CloudFront distribution"),
              want == ir::PrincipalKind::Org ? "declare it with `org NAME = \"o-...\"`"
                                             : "declare it with `distribution NAME = \"arn:aws:cloudfront::...\"`");
          p.reset();
        }
        break;
      }
    }
    if (!p) return;
    g.grantee = std::move(*p);
    if (s.reason && g.reason.empty()) g.reason = s.reason->text.value;
    b().grants.push_back(std::move(g));
  }
  void operator()(const ast::DenySetting& s) {
    ir::CustomDeny d;
    d.everyone = s.everyone;
    d.origin = here();
    for (const auto& w : s.who)
      if (auto p = r().principal(w, ctx.src, true)) d.who.push_back(std::move(*p));
    for (const auto& a : s.actions) d.actions.push_back(a.value);
    if (s.prefix) d.prefix = s.prefix->value;
    d.except = r().principals(s.except, ctx.src);
    for (const auto& c : s.unless) d.unless.push_back(condition(c));
    b().denies.push_back(std::move(d));
  }
  void operator()(const ast::StatementSetting& s) {
    ir::RawStatement st;
    st.sid = s.sid.value;
    st.origin = here();
    auto& sink = r().sink();
    const Location whole = here().loc;
    if (!policy::is_valid_sid(st.sid))
      sink.report(diag::Code::E0482, at(s.sid.span).loc, fmt::format("`{}` is not a statement id AWS accepts", st.sid),
                  "use ASCII letters and digits only, e.g. `LegacyAuditRead`");
    if (s.effects.size() != 1) {
      sink.report(diag::Code::E0480, s.effects.empty() ? whole : at(s.effects[1].second).loc,
                  s.effects.empty() ? fmt::format("statement `{}` says neither `allow` nor `deny`", st.sid)
                                    : fmt::format("statement `{}` gives its effect twice", st.sid),
                  "write `allow` or `deny` once in the statement");
    } else {
      st.allow = s.effects.front().first;
    }
    std::set<std::string> seen;
    bool has_principal = false, has_action = false, has_resource = false, unknown_field = false;
    for (const ast::StatementField& f : s.fields) {
      const std::string& name = f.name.value;
      const Location field_at = at(f.name.span).loc;
      static const std::vector<std::string> kFields = {"principal",  "not_principal", "action",
                                                       "not_action", "resource",      "not_resource"};
      if (std::find(kFields.begin(), kFields.end(), name) == kFields.end()) {
        std::string help =
            "a statement has `principal`, `action`, `resource` (or `prefix`), their `not_` forms, "
            "and `condition`";
        if (const std::string best = closest_word(name, kFields); !best.empty())
          help = fmt::format("did you mean `{}`?", best);
        sink.report(diag::Code::E0481, field_at, fmt::format("`{}` is not a field of a policy statement", name),
                    std::move(help));
        unknown_field = true;
        continue;
      }
      const std::string base = name.starts_with("not_") ? name.substr(4) : name;
      if (!seen.insert(base).second) {
        sink.report(diag::Code::E0480, field_at, fmt::format("statement `{}` gives `{}` twice", st.sid, base),
                    fmt::format("list every {} in one `{}` field", base, name));
        continue;
      }
      const bool negated = name.starts_with("not_");
      if (base == "principal") {
        has_principal = true;
        st.not_principal = negated;
        for (const ast::Ref& v : f.values) {
          if (v.is_name ? v.text == "everyone" : v.text == "*") {
            st.everyone = true;
            continue;
          }
          auto p = r().principal(v, ctx.src, false);
          if (!p) continue;
          if (p->kind == ir::PrincipalKind::Org || p->kind == ir::PrincipalKind::CloudFront) {
            sink.report(
                diag::Code::E0485, at(v.span).loc,
                fmt::format("`{}` is {}: no Principal element names one", v.text,
                            p->kind == ir::PrincipalKind::Org ? "an organization" : "a CloudFront distribution"),
                p->kind == ir::PrincipalKind::Org
                    ? "write `principal everyone` and `condition StringEquals aws:PrincipalOrgID [\"o-...\"]`"
                    : "write `principal \"cloudfront.amazonaws.com\"` and `condition StringEquals "
                      "aws:SourceArn [\"<distribution ARN>\"]`, or use `grant cloudfront`");
            continue;
          }
          st.who.push_back(std::move(*p));
        }
      } else if (base == "action") {
        has_action = true;
        st.not_action = negated;
        for (const ast::Ref& v : f.values) st.actions.push_back(v.text);
      } else {
        has_resource = true;
        st.not_resource = negated;
        for (const ast::Ref& v : f.values) {
          if (v.is_name) {
            sink.report(diag::Code::E0205, at(v.span).loc,
                        fmt::format("`{}` is a name; `{}` takes ARNs written as strings", v.text, name),
                        "write the ARN, e.g. `\"arn:aws:s3:::bucket/prefix/*\"`, or use `prefix`");
            continue;
          }
          st.resources.push_back(v.text);
        }
      }
    }
    if (!s.prefixes.empty()) {
      if (has_resource || s.prefixes.size() > 1)
        sink.report(diag::Code::E0480, at(s.prefixes.back().span).loc,
                    fmt::format("statement `{}` names its resources twice", st.sid),
                    "write one `prefix` or one `resource` list");
      st.prefix = s.prefixes.front().value;
    }
    // A misspelt field is reported already; what it was meant to be is not missing too.
    if ((!has_principal || !has_action) && !unknown_field) {
      sink.report(diag::Code::E0480, whole,
                  fmt::format("statement `{}` has no `{}`", st.sid, !has_principal ? "principal" : "action"),
                  "a bucket policy statement names who (`principal`) and what (`action`); write `principal "
                  "everyone` for every caller");
    }
    for (const ast::StatementCondition& c : s.conditions) {
      ir::RawCondition rc;
      rc.op = c.op.value;
      rc.key = c.key.value;
      rc.origin = at(c.span);
      if (c.value.items.empty())
        sink.report(diag::Code::E0480, rc.origin.loc,
                    fmt::format("the condition on `{}` in statement `{}` lists no value", rc.key, st.sid),
                    "give the condition at least one value; AWS rejects an empty list");
      if (!catalog::is_condition_operator(rc.op))
        sink.report(diag::Code::E0483, at(c.op.span).loc, fmt::format("`{}` is not an IAM condition operator", rc.op),
                    "write an operator such as `StringEquals`, `StringNotLike`, `ArnLike`, `NumericLessThan`, `Bool`, "
                    "`IpAddress` or `Null`, optionally with `ForAnyValue:`/`ForAllValues:` and `IfExists`");
      // Names are constants: their values, as a custom deny's conditions read them.
      ast::Condition as_deny{c.key, ast::CompareOp::Eq, c.value, c.span};
      rc.values = condition(as_deny).values;
      st.conditions.push_back(std::move(rc));
    }
    b().statements.push_back(std::move(st));
  }
  ir::DenyCondition condition(const ast::Condition& c) {
    ir::DenyCondition out;
    out.key = c.key.value;
    out.op = convert(c.op);
    out.origin = at(c.span);
    const bool is_principal = c.key.value == "principal";
    bool all_accounts = true;
    for (const auto& item : c.value.items) {
      switch (item.kind) {
        case ast::Scalar::Kind::Number: out.numeric = true, out.values.push_back(item.text); break;
        case ast::Scalar::Kind::Bool: out.boolean = true, out.values.push_back(item.text); break;
        case ast::Scalar::Kind::String:
          if (is_principal) all_accounts = false;
          out.values.push_back(item.text);
          break;
        case ast::Scalar::Kind::Name:
          if (is_principal) {
            if (auto p = r().principal(ast::Ref{true, item.text, item.span}, ctx.src)) {
              if (p->kind != ir::PrincipalKind::Account) all_accounts = false;
              out.values.push_back(p->kind == ir::PrincipalKind::Account ? p->account : p->value);
            }
          } else {
            const Symbol* sym = r().symbols().lookup(item.text, Location{ctx.src, item.span}, "a constant");
            if (sym && sym->constant)
              for (const auto& v : sym->constant->values) out.values.push_back(v.value);
            else if (sym)
              r().sink().report(diag::Code::E0205, Location{ctx.src, item.span},
                                fmt::format("`{}` is {}, not a constant", item.text, describe(*sym)),
                                "compare against a constant or a literal value");
          }
          break;
      }
    }
    if (is_principal) out.key = all_accounts ? "aws:PrincipalAccount" : "aws:PrincipalArn";
    return out;
  }
  void operator()(const ast::PresignedSetting& s) {
    const std::string repr = s.max_age ? fmt::format("max_age {}s", s.max_age->seconds()) : "forbid";
    if (!bb.write("presigned", repr, here(), ov())) return;
    b().presigned = ir::Presigned{};
    b().presigned.origin = here();
    if (s.max_age)
      b().presigned.max_age_seconds = s.max_age->seconds();
    else
      b().presigned.forbid = true;
  }
  void operator()(const ast::MfaSetting& s) {
    ir::MfaRequirement m{s.for_delete, {}, here()};
    for (const auto& a : s.actions) m.actions.push_back(a.value);
    b().mfa.push_back(std::move(m));
  }
  void operator()(const ast::CorsSetting& s) {
    for (const auto& rule : s.rules) {
      ir::CorsRule c;
      if (rule.id) c.id = rule.id->value;
      for (const auto& o : rule.origins) c.origins.push_back(o.value);
      for (auto m : rule.methods) c.methods.push_back(static_cast<ir::HttpMethod>(static_cast<int>(m)));
      for (const auto& h : rule.headers) c.headers.push_back(h.value);
      for (const auto& h : rule.expose) c.expose.push_back(h.value);
      c.max_age_seconds = rule.max_age_seconds;
      c.origin = at(rule.span);
      b().cors.push_back(std::move(c));
    }
  }
  void operator()(const ast::NotifySetting& s) {
    ir::Notification n;
    n.event = s.event;
    if (s.prefix) n.prefix = s.prefix->value;
    if (s.suffix) n.suffix = s.suffix->value;
    n.target = static_cast<ir::NotifyTarget>(static_cast<int>(s.target));
    n.origin = here();
    if (s.destination) {
      if (s.destination->is_name) {
        const Symbol* sym =
            r().symbols().lookup(s.destination->text, Location{ctx.src, s.destination->span}, "a constant");
        if (!sym) return;
        if (!sym->constant || sym->constant->values.size() != 1) {
          r().sink().report(diag::Code::E0205, Location{ctx.src, s.destination->span},
                            fmt::format("`{}` is not a single-valued constant", s.destination->text),
                            "give the destination's ARN as a string");
          return;
        }
        n.destination_arn = sym->constant->values.front().value;
      } else {
        n.destination_arn = s.destination->text;
      }
    }
    b().notifications.push_back(std::move(n));
  }
  void operator()(const ast::ExpectedRateSetting& s) {
    if (!bb.write("expected_rate", std::to_string(s.requests_per_second), here(), ov())) return;
    b().expected_rps = s.requests_per_second;
    b().expected_rps_origin = here();
  }
  void operator()(const ast::AcknowledgeSetting& s) {
    b().acknowledgements.push_back(ir::Acknowledgement{s.code.value, s.reason.text.value, here()});
  }
};

void BucketBuilder::apply(const ast::Setting& setting, const Context& ctx) {
  SettingApplier applier{*this, ctx, setting};
  std::visit(applier, setting.kind);
}

void BucketBuilder::finish() {
  const ir::Origin defaulted{b_.loc, true, ""};
  auto fill = [&](ir::Origin& o) {
    if (!o.loc.valid()) o = defaulted;
  };
  fill(b_.encryption.origin);
  fill(b_.transport.origin);
  fill(b_.public_access.origin);
  fill(b_.ownership_origin);
  fill(b_.versioning.origin);
  fill(b_.name_origin);
  if (b_.name.empty()) {
    b_.name = b_.id;
    for (char& c : b_.name)
      if (c == '_') c = '-';
  }
}

}  // namespace bslc::sema
