// The dump prints one node or field per line, children indented by two
// spaces, each followed by its span as `@line:col-line:col` (the end column is
// exclusive). Every field is printed, absent optional ones as `-`, so a golden
// file shows exactly what the builder produced.
#include "ast/dump.h"

#include <fmt/format.h>

#include <variant>

namespace bslc::ast {

std::string quote(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (u < 0x20 || u == 0x7f)
          out += fmt::format("\\u{{{:X}}}", u);
        else
          out += c;
    }
  }
  out += '"';
  return out;
}

namespace {

std::string bool_word(bool b) { return b ? "true" : "false"; }

class Dumper {
 public:
  explicit Dumper(const Source* source) : source_(source) {}

  std::string take() { return std::move(out_); }

  void file(const File& f) {
    line(fmt::format("file {}", quote(source_ ? source_->name() : "")));
    Nest nest(*this);
    for (const Import& i : f.imports) line("import " + quote(i.path.value), i.span);
    for (const ConstDecl& c : f.constants) constant(c);
    for (const ProfileDecl& p : f.profiles) body("profile", p);
    for (const BucketDecl& b : f.buckets) body("bucket", b);
    for (const VaultDecl& v : f.vaults) vault(v);
    for (const TestDecl& t : f.tests) test(t);
    for (const PropertyDecl& p : f.properties) property(p);
  }

 private:
  struct Nest {
    explicit Nest(Dumper& d) : d(d) { ++d.depth_; }
    ~Nest() { --d.depth_; }
    Dumper& d;
  };

  std::string at(Span span) const {
    if (!source_) return fmt::format("@{}-{}", span.begin, span.end);
    const LineCol b = source_->line_col(span.begin);
    const LineCol e = source_->line_col(span.end);
    return fmt::format("@{}:{}-{}:{}", b.line, b.col, e.line, e.col);
  }

  void line(std::string_view text) {
    out_.append(static_cast<size_t>(depth_) * 2, ' ');
    out_ += text;
    out_ += '\n';
  }
  void line(std::string_view text, Span span) { line(fmt::format("{} {}", text, at(span))); }

  // ------------------------------------------------------------ leaf values

  void str(std::string_view field, const Str& s) { line(fmt::format("{} {}", field, quote(s.value)), s.span); }
  void str(std::string_view field, const std::optional<Str>& s) {
    if (s)
      str(field, *s);
    else
      line(fmt::format("{} -", field));
  }
  void strs(std::string_view field, const std::vector<Str>& list) {
    line(fmt::format("{} [{}]", field, list.size()));
    Nest nest(*this);
    for (const Str& s : list) line(quote(s.value), s.span);
  }
  void ident(std::string_view field, const Ident& i) { line(fmt::format("{} {}", field, i.name), i.span); }
  void idents(std::string_view field, const std::vector<Ident>& list) {
    line(fmt::format("{} [{}]", field, list.size()));
    Nest nest(*this);
    for (const Ident& i : list) line(i.name, i.span);
  }
  static std::string ref_text(const Ref& r) { return r.is_name ? r.text : quote(r.text); }
  void ref(std::string_view field, const Ref& r) {
    line(fmt::format("{} {} {}", field, r.is_name ? "name" : "literal", ref_text(r)), r.span);
  }
  void ref(std::string_view field, const std::optional<Ref>& r) {
    if (r)
      ref(field, *r);
    else
      line(fmt::format("{} -", field));
  }
  void refs(std::string_view field, const std::vector<Ref>& list) {
    line(fmt::format("{} [{}]", field, list.size()));
    Nest nest(*this);
    for (const Ref& r : list) line(fmt::format("{} {}", r.is_name ? "name" : "literal", ref_text(r)), r.span);
  }
  void number(std::string_view field, const std::optional<Number>& n) {
    if (!n) return line(fmt::format("{} -", field));
    line(fmt::format("{} {} ({}, value {})", field, n->text, n->is_integer ? "integer" : "decimal", n->value), n->span);
  }
  void duration(std::string_view field, const std::optional<Duration>& d) {
    if (!d) return line(fmt::format("{} -", field));
    line(fmt::format("{} {}s", field, d->seconds()), d->span);
    Nest nest(*this);
    for (const Duration::Part& p : d->parts) line(fmt::format("{} {}", p.amount, to_string(p.unit)), p.span);
  }
  void reason(const std::optional<Reason>& r) {
    if (!r) return line("reason -");
    line("reason", r->span);
    Nest nest(*this);
    str("text", r->text);
  }
  void tag(std::string_view field, const TagPair& t) {
    line(field, t.span);
    Nest nest(*this);
    str("key", t.key);
    str("value", t.value);
  }
  void value(const Value& v) {
    line(fmt::format("value {}", v.is_list ? fmt::format("list [{}]", v.items.size()) : "scalar"), v.span);
    Nest nest(*this);
    for (const Scalar& s : v.items) {
      switch (s.kind) {
        case Scalar::Kind::String: line("string " + quote(s.text), s.span); break;
        case Scalar::Kind::Number: line("number " + s.text, s.span); break;
        case Scalar::Kind::Bool: line("bool " + s.text, s.span); break;
        case Scalar::Kind::Name: line("name " + s.text, s.span); break;
      }
    }
  }
  void condition(const Condition& c) {
    line(fmt::format("condition {}", to_string(c.op)), c.span);
    Nest nest(*this);
    str("key", c.key);
    value(c.value);
  }

  // --------------------------------------------------------- declarations

  void constant(const ConstDecl& c) {
    line(fmt::format("const {}", to_string(c.kind)), c.span);
    Nest nest(*this);
    ident("name", c.name);
    line(fmt::format("is_list {}", bool_word(c.is_list)));
    strs("values", c.values);
  }

  void body(std::string_view keyword, const BucketDecl& b) {
    line(keyword, b.span);
    Nest nest(*this);
    ident("name", b.name);
    for (const Setting& s : b.settings) setting(s);
  }

  void vault(const VaultDecl& v) {
    line("vault", v.span);
    Nest nest(*this);
    ident("name", v.name);
    str("physical_name", v.physical_name);
    str("region", v.region);
    ref("account", v.account);
    if (v.lock) {
      line("lock", v.lock->span);
      Nest lock(*this);
      duration("min_age", v.lock->min_age);
    } else {
      line("lock -");
    }
    for (const AcknowledgeSetting& a : v.acknowledgements) acknowledge(a);
  }

  void test(const TestDecl& t) {
    line("test", t.span);
    Nest nest(*this);
    str("name", t.name);
    for (const Expectation& e : t.expectations) {
      line(fmt::format("expect {}", e.allow ? "allow" : "deny"), e.span);
      Nest ex(*this);
      ref("principal", e.principal);
      str("action", e.action);
      str("resource", e.resource);
      line(fmt::format("context [{}]", e.context.size()));
      Nest ctx(*this);
      for (const ContextEntry& c : e.context) {
        line("entry", c.span);
        Nest entry(*this);
        str("key", c.key);
        value(c.value);
      }
    }
  }

  void property(const PropertyDecl& p) {
    line("property", p.span);
    Nest nest(*this);
    str("name", p.name);
    for (const Claim& c : p.claims) {
      line(fmt::format("claim {} allow", c.never ? "never" : "always"), c.span);
      Nest claim(*this);
      strs("actions", c.actions);
      if (c.bucket) ident("bucket", *c.bucket);
      if (c.prefix) str("prefix", *c.prefix);
      if (c.by) {
        line(c.by->outside ? "by anyone outside" : "by", c.by->span);
        Nest by(*this);
        for (const Ref& r : c.by->who) ref("who", r);
      }
      line(fmt::format("where [{}]", c.where.size()));
      Nest where(*this);
      for (const Predicate& pr : c.where) predicate(pr);
    }
  }

  void predicate(const Predicate& p) {
    const char* kind = p.kind == Predicate::Kind::ObjectTag      ? "object_tag"
                       : p.kind == Predicate::Kind::PrincipalTag ? "principal_tag"
                       : p.kind == Predicate::Kind::Prefix       ? "prefix"
                                                                 : "condition";
    line(fmt::format("predicate {}{}", p.negated ? "not " : "", kind), p.span);
    Nest nest(*this);
    if (p.kind == Predicate::Kind::Condition)
      condition(p.condition);
    else if (p.kind == Predicate::Kind::Prefix)
      str("prefix", p.prefix);
    else
      tag("tag", p.tag);
  }

  // ------------------------------------------------------------- settings

  void setting(const Setting& s) {
    line(fmt::format("setting {}", setting_keyword(s.kind)), s.span);
    Nest nest(*this);
    if (s.override_span) line("override", *s.override_span);
    std::visit([this](const auto& k) { fields(k); }, s.kind);
  }

  void fields(const NameSetting& s) { str("value", s.value); }
  void fields(const RegionSetting& s) { str("value", s.value); }
  void fields(const AccountSetting& s) { ref("account", s.account); }
  void fields(const UseSetting& s) { ident("profile", s.profile); }

  void fields(const EncryptionSetting& s) {
    line(fmt::format("mode {}", to_string(s.mode)), s.mode_span);
    if (s.key) {
      line(fmt::format("key {}", to_string(s.key->source)), s.key->span);
      Nest nest(*this);
      str("value", s.key->value);
      if (s.key->name)
        ident("name", *s.key->name);
      else
        line("name -");
    } else {
      line("key -");
    }
    if (s.bucket_key)
      line(fmt::format("bucket_key {}", bool_word(*s.bucket_key)), s.bucket_key_span);
    else
      line("bucket_key -");
    if (s.require_header)
      line("require_header true", s.require_span);
    else
      line("require_header false");
  }

  void fields(const TransportSetting& s) {
    line(fmt::format("mode {}", to_string(s.mode)), s.mode_span);
    number("min_version", s.min_version);
    reason(s.reason);
  }

  void fields(const PublicAccessSetting& s) {
    line(fmt::format("block_all {}", bool_word(s.block_all)));
    line(fmt::format("allow_policy {}", bool_word(s.allow_policy)));
    line(fmt::format("allow_acls {}", bool_word(s.allow_acls)));
    reason(s.reason);
  }

  void fields(const OwnershipSetting& s) {
    line(fmt::format("mode {}", to_string(s.mode)), s.mode_span);
    reason(s.reason);
  }

  void fields(const VersioningSetting& s) {
    line(fmt::format("state {}", to_string(s.state)), s.state_span);
    if (s.mfa_delete)
      line(fmt::format("mfa_delete {}", bool_word(*s.mfa_delete)), s.mfa_delete_span);
    else
      line("mfa_delete -");
  }

  void fields(const ObjectLockSetting& s) {
    line(fmt::format("mode {}", to_string(s.mode)), s.mode_span);
    duration("retention", s.retention);
    if (s.bypass)
      line(fmt::format("bypass {}", to_string(*s.bypass)), s.bypass_span);
    else
      line("bypass -");
    idents("bypass_principals", s.bypass_principals);
    if (!s.legal_hold_principals.empty())
      line("legal_hold", s.legal_hold_span);
    else
      line("legal_hold -");
    idents("legal_hold_principals", s.legal_hold_principals);
  }

  void fields(const LoggingSetting& s) {
    ref("target", s.target);
    str("prefix", s.prefix);
  }

  void fields(const AuditSetting& s) {
    line(fmt::format("scope {}", to_string(s.scope)));
    ref("trail_bucket", s.trail_bucket);
  }

  void fields(const OnlyViaSetting& s) {
    line(fmt::format("kind {}", to_string(s.kind)), s.kind_span);
    refs("values", s.values);
    idents("except", s.except);
  }

  void fields(const RestrictTagSetting& s) {
    tag("object_tag", s.object_tag);
    tag("principal_tag", s.principal_tag);
  }

  void fields(const RequireTagSetting& s) {
    str("key", s.key);
    strs("allowed", s.allowed);
  }

  void fields(const ProtectTagSetting& s) {
    str("key", s.key);
    idents("except", s.except);
  }

  void fields(const GrantSetting& s) {
    line(fmt::format("form {}", to_string(s.form)));
    ref("grantee", s.grantee);
    line(fmt::format("level {}", to_string(s.level)), s.level_span);
    str("prefix", s.prefix);
    reason(s.reason);
  }

  void fields(const DenySetting& s) {
    line(fmt::format("everyone {}", bool_word(s.everyone)));
    refs("who", s.who);
    strs("actions", s.actions);
    str("prefix", s.prefix);
    if (!s.except.empty()) idents("except", s.except);
    line(fmt::format("unless [{}]", s.unless.size()));
    Nest nest(*this);
    for (const Condition& c : s.unless) condition(c);
  }

  void fields(const StatementSetting& s) {
    str("sid", s.sid);
    for (const auto& [allow, span] : s.effects) line(allow ? "effect allow" : "effect deny", span);
    for (const StatementField& f : s.fields) refs(f.name.value, f.values);
    strs("prefixes", s.prefixes);
    for (const StatementCondition& c : s.conditions) {
      line(fmt::format("condition {}", c.op.value), c.span);
      Nest nest(*this);
      str("key", c.key);
      value(c.value);
    }
  }

  void fields(const PresignedSetting& s) {
    if (s.max_age)
      duration("max_age", s.max_age);
    else
      line("forbid");
  }

  void fields(const MfaSetting& s) {
    line(fmt::format("for_delete {}", bool_word(s.for_delete)));
    strs("actions", s.actions);
  }

  void fields(const CorsSetting& s) {
    for (const CorsRule& r : s.rules) {
      line("rule", r.span);
      Nest nest(*this);
      strs("origins", r.origins);
      std::string methods;
      for (const HttpMethod m : r.methods) methods += fmt::format("{}{}", methods.empty() ? "" : " ", to_string(m));
      if (r.methods.empty())
        line("methods []");
      else
        line(fmt::format("methods [{}]", methods), r.methods_span);
      strs("headers", r.headers);
      strs("expose", r.expose);
      line(r.max_age_seconds ? fmt::format("max_age_seconds {}", *r.max_age_seconds) : "max_age_seconds -");
      str("id", r.id);
    }
  }

  void fields(const NotifySetting& s) {
    line(fmt::format("event {}", s.event), s.event_span);
    str("prefix", s.prefix);
    str("suffix", s.suffix);
    line(fmt::format("target {}", to_string(s.target)));
    ref("destination", s.destination);
  }

  void fields(const ExpectedRateSetting& s) { line(fmt::format("requests_per_second {}", s.requests_per_second)); }

  void fields(const AcknowledgeSetting& s) {
    str("code", s.code);
    reason(s.reason);
  }

  // A vault's acknowledgement has no span of its own; its code and reason have.
  void acknowledge(const AcknowledgeSetting& a) {
    line("acknowledge");
    Nest nest(*this);
    fields(a);
  }

  const Source* source_;
  std::string out_;
  int depth_ = 0;
};

}  // namespace

std::string dump(const File& file) {
  Dumper d(file.source.get());
  d.file(file);
  return d.take();
}

}  // namespace bslc::ast
