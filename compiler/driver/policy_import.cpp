#include "driver/policy_import.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <optional>

#include "ast/dump.h"
#include "ir/model.h"
#include "lower/lower.h"
#include "sema/resolver.h"
#include "syntax/format.h"
#include "syntax/keywords.h"

namespace bslc::driver {
namespace {

std::vector<std::string> sorted(std::vector<std::string> v) {
  std::sort(v.begin(), v.end());
  return v;
}

// A principal of the policy as a constant names it (an account, an IAM role
// or user); nullopt for the rest, which stays a literal.
std::optional<ir::Principal> principal_of(const std::string& text) {
  ir::Principal p = sema::principal_from_literal(text);
  const bool iam_role = p.kind == ir::PrincipalKind::Role && text.find(":iam::") != std::string::npos &&
                        text.find(":role/") != std::string::npos;
  if (p.kind == ir::PrincipalKind::Account || p.kind == ir::PrincipalKind::User || iam_role) return p;
  return std::nullopt;
}

// The constant kind that declares a principal.
const char* constant_kind(ir::PrincipalKind kind) {
  switch (kind) {
    case ir::PrincipalKind::Account: return "account";
    case ir::PrincipalKind::User: return "user";
    case ir::PrincipalKind::Org: return "org";
    default: return "role";
  }
}

// Constants named from their values, unique, never a keyword.
class Constants {
 public:
  // The constant's name for `value` (declaring it on first use).
  std::string name_for(const std::string& kind, const std::string& value) {
    const auto it = by_value_.find(value);
    if (it != by_value_.end()) return it->second;
    std::string base;
    if (kind == "account") {
      base = "account_" + value;
    } else if (kind == "org") {
      base = "org_" + value.substr(value.starts_with("o-") ? 2 : 0);
    } else {
      const std::string last = value.substr(value.find_last_of('/') + 1);
      for (char c : last)
        base += std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(c)) : '_';
      if (base.empty() || std::isdigit(static_cast<unsigned char>(base.front()))) base = kind + "_" + base;
    }
    if (syntax::is_keyword(base)) base += "_" + kind;
    std::string name = base;
    for (int n = 2; taken_.count(name); ++n) name = base + "_" + std::to_string(n);
    taken_.insert(name);
    by_value_[value] = name;
    lines_.push_back(fmt::format("{} {} = {}", kind, name, ast::quote(value)));
    return name;
  }
  const std::vector<std::string>& lines() const { return lines_; }

 private:
  std::map<std::string, std::string> by_value_;
  std::set<std::string> taken_;
  std::vector<std::string> lines_;
};

bool everyone(const policy::Statement& st) {
  if (!st.principal) return false;
  const auto& p = *st.principal;
  return (p.star || (p.aws.size() == 1 && p.aws.front() == "*")) && p.service.empty() && p.canonical_user.empty() &&
         p.federated.empty();
}

bool plain(const policy::Statement& st) { return !st.not_principal && !st.not_action && !st.not_resource; }

bool is_false(const std::vector<std::string>& v) { return v.size() == 1 && (v[0] == "false" || v[0] == "False"); }

// The guard rails bslc writes by default or from a transport setting.
enum class Guard { None, TlsOnly, MinTls, SseCBlocked };
Guard guard_of(const policy::Statement& st, const std::string& arn, std::string& min_tls) {
  if (st.effect != policy::Effect::Deny || !plain(st) || !everyone(st)) return Guard::None;
  const auto resources = sorted(st.resources);
  const bool whole = resources == std::vector<std::string>{arn, arn + "/*"};
  if (whole && st.actions == std::vector<std::string>{"s3:*"} && st.condition.size() == 1) {
    const auto& [op, keys] = *st.condition.begin();
    if (keys.size() != 1) return Guard::None;
    const auto& [key, values] = *keys.begin();
    if (op == "Bool" && key == "aws:SecureTransport" && is_false(values)) return Guard::TlsOnly;
    if (op == "NumericLessThan" && key == "s3:TlsVersion" && values.size() == 1) {
      min_tls = values.front();
      return Guard::MinTls;
    }
  }
  if (resources == std::vector<std::string>{arn + "/*"} && st.actions == std::vector<std::string>{"s3:PutObject"} &&
      st.condition.size() == 1 && st.condition.begin()->first == "Null") {
    const auto& keys = st.condition.begin()->second;
    if (keys.size() == 1 && keys.begin()->first == "s3:x-amz-server-side-encryption-customer-algorithm" &&
        is_false(keys.begin()->second))
      return Guard::SseCBlocked;
  }
  return Guard::None;
}

bool same_statement(policy::Statement a, policy::Statement b) {
  for (auto* s : {&a, &b}) {
    s->sid.clear();
    std::sort(s->actions.begin(), s->actions.end());
    std::sort(s->resources.begin(), s->resources.end());
    if (s->principal) {
      for (auto& arn : s->principal->aws)
        if (const auto p = principal_of(arn); p && p->kind == ir::PrincipalKind::Account) arn = p->principal_arn();
      std::sort(s->principal->aws.begin(), s->principal->aws.end());
      if (s->principal->aws == std::vector<std::string>{"*"}) s->principal->aws.clear(), s->principal->star = true;
    }
    for (auto& [op, keys] : s->condition)
      for (auto& [key, values] : keys) std::sort(values.begin(), values.end());
  }
  return a == b;
}

constexpr std::array<std::pair<ir::AccessLevel, const char*>, 5> kLevels = {{{ir::AccessLevel::Read, "read"},
                                                                             {ir::AccessLevel::Write, "write"},
                                                                             {ir::AccessLevel::ReadWrite, "read_write"},
                                                                             {ir::AccessLevel::List, "list"},
                                                                             {ir::AccessLevel::Delete, "delete"}}};

// The prefixes a statement could be the grant of: from its object resource or its s3:prefix condition.
std::vector<std::string> prefix_candidates(const policy::Statement& st, const std::string& arn) {
  std::vector<std::string> out = {""};
  for (const auto& r : st.resources)
    if (r.starts_with(arn + "/") && r.ends_with("*"))
      out.push_back(r.substr(arn.size() + 1, r.size() - arn.size() - 2));
  if (const auto like = st.condition.find("StringLike"); like != st.condition.end())
    if (const auto p = like->second.find("s3:prefix");
        p != like->second.end() && p->second.size() == 1 && p->second.front().ends_with("*"))
      out.push_back(p->second.front().substr(0, p->second.front().size() - 1));
  return out;
}

struct RecognisedGrant {
  ir::Principal who;
  const char* level;
  std::string prefix;
};

std::optional<RecognisedGrant> grant_of(const policy::Statement& st, const ir::Bucket& probe) {
  if (st.effect != policy::Effect::Allow || !plain(st) || !st.principal) return std::nullopt;
  std::vector<ir::Principal> candidates;
  const auto& p = *st.principal;
  if (p.aws.size() == 1 && p.service.empty() && p.canonical_user.empty() && p.federated.empty() && !p.star) {
    if (auto who = principal_of(p.aws.front())) candidates.push_back(*who);
  } else if (everyone(st)) {
    if (const auto eq = st.condition.find("StringEquals"); eq != st.condition.end())
      if (const auto org = eq->second.find("aws:PrincipalOrgID"); org != eq->second.end() && org->second.size() == 1)
        candidates.push_back(ir::Principal{ir::PrincipalKind::Org, "org", org->second.front(), "", {}});
  }
  for (const auto& who : candidates) {
    for (const auto& prefix : prefix_candidates(st, probe.arn())) {
      for (const auto& [level, word] : kLevels) {
        const ir::Grant g{who, level, prefix, "", {}};
        if (same_statement(lower::grant_policy_statement(probe, g), st)) return RecognisedGrant{who, word, prefix};
      }
    }
  }
  return std::nullopt;
}

std::string list_of(const std::vector<std::string>& items) {
  return items.size() == 1 ? items.front() : fmt::format("[{}]", fmt::join(items, ", "));
}

// A key or action as BSL spells it: a qualified name, or a string when it is not one.
std::string word_or_string(const std::string& s) {
  const bool qname = !s.empty() && std::isalpha(static_cast<unsigned char>(s[0])) && s.find(':') != std::string::npos &&
                     std::all_of(s.begin(), s.end(), [](char c) {
                       return std::isalnum(static_cast<unsigned char>(c)) ||
                              std::string_view("_-:*?./").find(c) != std::string_view::npos;
                     });
  return qname ? s : ast::quote(s);
}

// Why a statement is kept as written, for the comment above it.
std::string why_kept(const policy::Statement& st) {
  if (!plain(st)) return "it uses NotPrincipal, NotAction or NotResource";
  if (st.effect == policy::Effect::Deny) return "no setting writes this deny";
  if (everyone(st) && st.condition.empty())
    return "it allows everyone; `grant public <level>` says the same with a reason, and Block Public Access must "
           "allow it";
  if (st.principal && (st.principal->aws.size() + st.principal->service.size() > 1))
    return "it names several principals at once";
  if (!st.condition.empty()) return "its conditions are not those of a grant";
  return "its actions and resources are not those of a grant level";
}

}  // namespace

sim::BucketSettings new_bucket_settings() {
  sim::BucketSettings s;
  // S3 defaults since April 2023 (Block Public Access, ACLs disabled) and April 2026 (SSE-C blocked).
  s.public_access_block = sim::PublicAccessBlock{true, true, true, true};
  s.object_ownership = sim::ObjectOwnership::BucketOwnerEnforced;
  s.sse_c_blocked = true;
  return s;
}

ImportedSpec import_bucket_policy(const ImportSource& src, const std::set<std::string>& taken_sids) {
  ImportedSpec out;
  ir::Bucket probe;
  probe.name = src.bucket_name;
  probe.account = src.account;
  const std::string arn = probe.arn();
  Constants constants;
  std::vector<std::string> settings, grants, statements;
  bool tls_only = false;
  std::optional<std::string> min_tls;

  for (const auto& st : src.policy.statements) {
    std::string tls;
    switch (guard_of(st, arn, tls)) {
      case Guard::TlsOnly: tls_only = true, ++out.recognised; continue;
      case Guard::MinTls: min_tls = tls, ++out.recognised; continue;
      case Guard::SseCBlocked: ++out.recognised; continue;
      case Guard::None: break;
    }
    if (auto g = grant_of(st, probe)) {
      const std::string name = constants.name_for(constant_kind(g->who.kind), g->who.value);
      grants.push_back(fmt::format("grant {}{} {}{}", g->who.kind == ir::PrincipalKind::Org ? "org " : "", name,
                                   g->level, g->prefix.empty() ? "" : " prefix " + ast::quote(g->prefix)));
      ++out.recognised;
      continue;
    }
    // Kept as written.
    const std::string sid_base = policy::is_valid_sid(st.sid) ? st.sid : fmt::format("Imported{}", out.kept + 1);
    const std::string sid = taken_sids.count(sid_base) ? "Imported" + sid_base : sid_base;
    std::vector<std::string> body;
    body.push_back(fmt::format("// kept as written: {}", why_kept(st)));
    body.push_back(fmt::format("statement {} {{", ast::quote(sid)));
    body.push_back(st.effect == policy::Effect::Allow ? "allow" : "deny");
    if (const auto& who = st.not_principal ? st.not_principal : st.principal) {
      std::vector<std::string> names;
      if (who->star) names.push_back("everyone");
      for (const auto& a : who->aws) {
        if (a == "*") {
          names.push_back("everyone");
        } else if (auto p = principal_of(a)) {
          names.push_back(constants.name_for(constant_kind(p->kind), p->value));
        } else {
          names.push_back(ast::quote(a));
        }
      }
      for (const auto& s : who->service) names.push_back(ast::quote(s));
      if (!who->canonical_user.empty() || !who->federated.empty())
        out.problems.push_back(
            fmt::format("statement `{}` names a CanonicalUser or Federated principal, which BSL "
                        "cannot write",
                        st.sid));
      body.push_back(fmt::format("{} {}", st.not_principal ? "not_principal" : "principal", list_of(names)));
    }
    std::vector<std::string> actions;
    for (const auto& a : st.actions) actions.push_back(word_or_string(a));
    body.push_back(fmt::format("{} {}", st.not_action ? "not_action" : "action", list_of(actions)));
    std::vector<std::string> resources;
    for (const auto& r : st.resources) resources.push_back(ast::quote(r));
    if (!resources.empty())
      body.push_back(fmt::format("{} {}", st.not_resource ? "not_resource" : "resource", list_of(resources)));
    for (const auto& [op, keys] : st.condition) {
      for (const auto& [key, values] : keys) {
        std::vector<std::string> v;
        for (const auto& value : values) v.push_back(ast::quote(value));
        body.push_back(fmt::format("condition {} {} [{}]", op, word_or_string(key), fmt::join(v, ", ")));
      }
    }
    body.push_back("}");
    statements.push_back(fmt::format("{}", fmt::join(body, "\n")));
    ++out.kept;
  }

  // Settings: what the policy and the given settings say, where it differs from BSL's defaults.
  const sim::BucketSettings& s = src.settings;
  if (!tls_only) {
    settings.push_back(
        "transport allow_http because \"imported: the policy does not refuse requests over plain HTTP\"");
  } else if (min_tls) {
    settings.push_back(fmt::format("transport tls_only {{ min_version {} }}", *min_tls));
  }
  const auto& bpa = s.public_access_block;
  std::vector<std::string> lifted;
  if (!bpa.block_public_policy || !bpa.restrict_public_buckets) lifted.push_back("policy");
  if (!bpa.block_public_acls || !bpa.ignore_public_acls) lifted.push_back("acls");
  if (!lifted.empty())
    settings.push_back(
        fmt::format("public_access allow {} because \"imported: the bucket's Block Public Access "
                    "settings\"",
                    fmt::join(lifted, " ")));
  if (s.object_ownership != sim::ObjectOwnership::BucketOwnerEnforced)
    settings.push_back(fmt::format(
        "ownership {} because \"imported: the bucket's object ownership\"",
        s.object_ownership == sim::ObjectOwnership::BucketOwnerPreferred ? "bucket_owner_preferred" : "object_writer"));
  if (s.versioning) settings.push_back(s.mfa_delete ? "versioning on { mfa_delete on }" : "versioning on");

  std::string text = fmt::format(
      "// Imported by `bslc import` from {}.\n// Statements kept as written are the last resort: replace them with "
      "settings where one says the same.\n",
      src.source_name);
  for (const auto& line : constants.lines()) text += line + "\n";
  text += fmt::format("\nbucket {} {{\n", [&] {
    std::string id;
    for (char c : src.bucket_name) id += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
    if (id.empty() || std::isdigit(static_cast<unsigned char>(id.front()))) id = "bucket_" + id;
    return syntax::is_keyword(id) ? id + "_bucket" : id;
  }());
  text += fmt::format("name {}\naccount {}\n", ast::quote(src.bucket_name), ast::quote(src.account));
  if (src.settings_given && !s.region.empty()) text += fmt::format("region {}\n", ast::quote(s.region));
  for (const auto* block : {&settings, &grants}) {
    if (block->empty()) continue;
    text += "\n";
    for (const auto& line : *block) text += line + "\n";
  }
  for (const auto& statement : statements) text += "\n" + statement + "\n";
  text += "}\n";
  out.text = syntax::format_bsl(text);
  return out;
}

}  // namespace bslc::driver
