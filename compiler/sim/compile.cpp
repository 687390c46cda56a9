// compile_program: PolicySet -> Program. Each problem becomes a CompileIssue
// with its document and statement; compilation always finishes.
#include <fmt/format.h>

#include <algorithm>

#include "sim/detail/arn.h"
#include "sim/detail/program.h"

namespace bslc::sim::detail {
namespace {

bool is_account_id(std::string_view s) {
  if (s.size() != 12) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// Keys that pass from the caller's request into a call a service makes for it:
// the caller's global `aws:` keys, minus the network keys that described the
// hop to S3 [U], minus aws:ViaAWSService (the forwarded call sets it).
bool is_forwarded_key(std::string_view key) {
  if (!istarts_with(key, "aws:")) return false;
  return !iequals(key, "aws:SourceIp") && !iequals(key, "aws:SourceVpc") && !iequals(key, "aws:SourceVpce") &&
         !iequals(key, "aws:VpcSourceIp") && !iequals(key, "aws:ViaAWSService");
}

// Relative cost of evaluating a condition: cheap, selective checks go first.
int condition_cost(const Condition& c) {
  int cost = 0;
  switch (c.op.family) {
    case Family::Null:
    case Family::Bool: cost = 0; break;
    case Family::String:
    case Family::StringIgnoreCase:
    case Family::Numeric: cost = 1; break;
    case Family::StringLike:
    case Family::Date: cost = 2; break;
    case Family::Ip: cost = 3; break;
    case Family::Arn:
    case Family::Binary: cost = 4; break;
  }
  return cost * static_cast<int>(c.values.size() + 1);
}

class Compiler {
 public:
  Compiler(Program& program, std::vector<CompileIssue>& issues) : program_(program), issues_(issues) {}

  uint32_t add_document(const NamedDocument& named, bool identity) {
    const auto doc_id = static_cast<uint32_t>(program_.documents.size());
    program_.documents.push_back(CompiledDocument{named.name, identity, {}});
    const bool variables = named.document.version == "2012-10-17";
    std::vector<CompiledStatement> statements;
    for (size_t i = 0; i < named.document.statements.size(); ++i) {
      statements.push_back(
          statement(named.name, doc_id, static_cast<uint32_t>(i), named.document.statements[i], identity, variables));
    }
    program_.documents[doc_id].statements = std::move(statements);
    return doc_id;
  }

 private:
  void issue(const std::string& doc, int index, std::string message) {
    issues_.push_back(CompileIssue{doc, index, std::move(message)});
  }

  PrincipalEntry aws_entry(const std::string& text, const std::string& doc, int index) {
    PrincipalEntry e;
    e.text = text;
    if (text == "*") {
      e.kind = PrincipalEntry::Kind::Everyone;
      return e;
    }
    if (is_account_id(text)) {
      e.kind = PrincipalEntry::Kind::Account;
      e.account = text;
      return e;
    }
    if (text.find_first_of("*?") != std::string::npos) {
      e.note = "partial wildcards are not allowed in Principal; use \"*\" with a condition on aws:PrincipalArn";
      issue(doc, index, fmt::format("principal `{}`: {}", text, e.note));
      return e;
    }
    std::string why;
    const auto p = parse_principal(text, &why);
    if (!p || p->kind == PrincipalKind::Anonymous || p->kind == PrincipalKind::Service) {
      if (is_arn(text)) {
        e.kind = PrincipalEntry::Kind::OtherArn;
        e.exact = text;
      } else {
        e.note = "not an account id or principal ARN (unique ids are not resolved)";
        issue(doc, index, fmt::format("principal `{}`: {}", text, e.note));
      }
      return e;
    }
    switch (p->kind) {
      case PrincipalKind::Root:
        e.kind = PrincipalEntry::Kind::Account;
        e.account = std::string(p->account);
        break;
      case PrincipalKind::User:
        e.kind = PrincipalEntry::Kind::User;
        e.exact = text;
        break;
      case PrincipalKind::Role:
        e.kind = PrincipalEntry::Kind::Role;
        e.account = std::string(p->account);
        e.name = std::string(p->name);
        break;
      case PrincipalKind::AssumedRole:
        e.kind = PrincipalEntry::Kind::Session;
        e.exact = text;
        break;
      case PrincipalKind::FederatedUser:
        e.kind = PrincipalEntry::Kind::FederatedUser;
        e.exact = text;
        break;
      default: break;
    }
    return e;
  }

  PrincipalClause principal_clause(const policy::Principal& p, PrincipalClause::Mode mode, const std::string& doc,
                                   int index) {
    PrincipalClause clause;
    clause.mode = mode;
    if (p.star) clause.entries.push_back(PrincipalEntry{PrincipalEntry::Kind::Everyone, "*"});
    for (const auto& a : p.aws) clause.entries.push_back(aws_entry(a, doc, index));
    for (const auto& s : p.service) {
      PrincipalEntry e{PrincipalEntry::Kind::Service, s};
      e.exact = s;
      if (s == "*") e.kind = PrincipalEntry::Kind::Everyone;
      clause.entries.push_back(std::move(e));
    }
    for (const auto& c : p.canonical_user) {
      PrincipalEntry e{PrincipalEntry::Kind::Never, c};
      e.note = "canonical user ids are not resolved to accounts by the simulator";
      clause.entries.push_back(std::move(e));
    }
    for (const auto& f : p.federated) {
      PrincipalEntry e{PrincipalEntry::Kind::Never, f};
      e.note = "Federated principals only apply to role trust policies";
      clause.entries.push_back(std::move(e));
    }
    return clause;
  }

  CompiledStatement statement(const std::string& doc, uint32_t doc_id, uint32_t index, const policy::Statement& s,
                              bool identity, bool variables) {
    const int at = static_cast<int>(index);
    CompiledStatement c;
    c.document = doc_id;
    c.index = index;
    c.sid = s.sid;
    c.effect = s.effect;

    if (identity) {
      if (s.principal || s.not_principal) issue(doc, at, "identity policies cannot name a principal; it is ignored");
    } else if (s.principal) {
      c.principal = principal_clause(*s.principal, PrincipalClause::Mode::Principal, doc, at);
    } else if (s.not_principal) {
      c.principal = principal_clause(*s.not_principal, PrincipalClause::Mode::NotPrincipal, doc, at);
    } else {
      issue(doc, at, "a resource policy statement needs `Principal` or `NotPrincipal`; it never applies");
      c.usable = false;
    }

    c.not_action = s.not_action;
    for (const auto& a : s.actions) {
      if (a != "*" && a.find(':') == std::string::npos)
        issue(doc, at, fmt::format("action `{}` has no service prefix", a));
      c.actions.push_back(Pattern::compile(a, {.wildcards = true, .variables = false, .fold_case = true}, nullptr));
    }
    if (s.actions.empty() && !s.not_action) {
      issue(doc, at, "the statement has no `Action`; it never applies");
      c.usable = false;
    }

    c.not_resource = s.not_resource;
    c.has_resource = !s.resources.empty() || s.not_resource;
    for (const auto& r : s.resources) {
      c.resources.push_back(
          Pattern::compile(r, {.wildcards = true, .variables = variables, .fold_case = false}, &program_.keys));
    }
    if (!c.has_resource) {
      issue(doc, at, "the statement has no `Resource`; it never applies");
      c.usable = false;
    }

    for (const auto& [op_text, keys] : s.condition) {
      const auto op = parse_operator(op_text);
      if (!op) {
        issue(doc, at, fmt::format("unknown condition operator `{}`; the statement never applies", op_text));
        c.usable = false;
        continue;
      }
      for (const auto& [key, values] : keys) {
        std::vector<std::string> problems;
        c.conditions.push_back(compile_condition(*op, op_text, key, values, variables, program_.keys, problems));
        for (auto& p : problems) issue(doc, at, std::move(p));
      }
    }
    for (uint16_t i = 0; i < c.conditions.size(); ++i) c.condition_order.push_back(i);
    std::stable_sort(c.condition_order.begin(), c.condition_order.end(), [&](uint16_t a, uint16_t b) {
      return condition_cost(c.conditions[a]) < condition_cost(c.conditions[b]);
    });
    return c;
  }

  Program& program_;
  std::vector<CompileIssue>& issues_;
};

}  // namespace

std::shared_ptr<const Program> compile_program(const PolicySet& set, std::vector<CompileIssue>& issues,
                                               const KeyTable* seed) {
  auto program = std::make_shared<Program>();
  Program& p = *program;
  if (seed) p.keys = *seed;
  p.k.principal_arn = p.keys.intern("aws:PrincipalArn");
  p.k.principal_account = p.keys.intern("aws:PrincipalAccount");
  p.k.username = p.keys.intern("aws:username");
  p.k.principal_is_service = p.keys.intern("aws:PrincipalIsAWSService");
  p.k.via_aws_service = p.keys.intern("aws:ViaAWSService");
  for (const auto& key : set.extra_keys) p.keys.intern(key);
  p.resource_account = set.resource_account;
  p.grant_rule = set.grant_rule;
  p.anonymous_account = set.anonymous_principal_account;

  Compiler compiler(p, issues);
  if (set.resource_policy) p.resource_document = static_cast<int>(compiler.add_document(*set.resource_policy, false));
  for (const auto& [arn, docs] : set.identities) {
    std::string why;
    const auto principal = parse_principal(arn, &why);
    if (!principal || principal->kind == PrincipalKind::Anonymous || principal->kind == PrincipalKind::Service) {
      issues.push_back(CompileIssue{
          arn, -1,
          principal ? "anonymous callers and services have no identity policies" : fmt::format("identities: {}", why)});
      continue;
    }
    std::vector<uint32_t> ids;
    for (const auto& d : docs) ids.push_back(compiler.add_document(d, true));
    p.identities.add(*principal, arn, ids);
  }
  for (uint32_t id = 0; id < p.keys.size(); ++id) p.forwarded_key.push_back(is_forwarded_key(p.keys.name(id)));
  p.actions.build(p);
  return program;
}

}  // namespace bslc::sim::detail
