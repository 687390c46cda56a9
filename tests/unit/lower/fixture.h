// Hand-built intent models for the lowering tests: a fake spec file whose
// line N starts at a known offset, so tests can assert which line each Sid
// traces back to, plus small builders for buckets, principals and grants.
#pragma once
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "ir/model.h"
#include "lower/lower.h"
#include "policy/document.h"
#include "policy/json.h"

namespace bslc::lower::testing {

inline const SourcePtr& spec() {
  static const SourcePtr source = [] {
    std::string text;
    for (int i = 1; i <= 200; ++i) text += "line " + std::to_string(i) + "\n";
    return std::make_shared<const Source>("spec.bsl", std::move(text));
  }();
  return source;
}

inline Location at(int line) {
  const std::string& text = spec()->text();
  uint32_t offset = 0;
  for (int l = 1; l < line; ++l) offset = static_cast<uint32_t>(text.find('\n', offset) + 1);
  return Location{spec(), Span{offset, offset + 4}};
}

inline uint32_t line_of(const Location& loc) { return loc.valid() ? loc.source->line_col(loc.span.begin).line : 0; }

inline ir::Origin origin(int line) { return ir::Origin{at(line), false, {}}; }

constexpr const char* kOwner = "111122223333";
constexpr const char* kPartner = "444455556666";

// A bucket as sema leaves it with every secure default applied; its name is on line 1.
inline ir::Bucket bucket(std::string id = "records", std::string name = "acme-records", std::string account = kOwner) {
  ir::Bucket b;
  b.id = std::move(id);
  b.name = std::move(name);
  b.account = std::move(account);
  b.region = "us-east-1";
  b.loc = at(1);
  const ir::Origin defaulted{at(1), true, {}};
  b.encryption.origin = defaulted;
  b.transport.origin = defaulted;
  b.public_access.origin = defaulted;
  return b;
}

inline ir::Principal principal(ir::PrincipalKind kind, std::string name, std::string value, std::string account = {}) {
  ir::Principal p;
  p.kind = kind;
  p.name = std::move(name);
  p.value = std::move(value);
  p.account = std::move(account);
  return p;
}
inline ir::Principal account(std::string name, std::string id) {
  return principal(ir::PrincipalKind::Account, std::move(name), id, id);
}
inline ir::Principal role(std::string name, std::string account_id, std::string role_name) {
  return principal(ir::PrincipalKind::Role, std::move(name), "arn:aws:iam::" + account_id + ":role/" + role_name,
                   account_id);
}
inline ir::Principal user(std::string name, std::string account_id, std::string user_name) {
  return principal(ir::PrincipalKind::User, std::move(name), "arn:aws:iam::" + account_id + ":user/" + user_name,
                   account_id);
}
inline ir::Principal org(std::string name, std::string id) {
  return principal(ir::PrincipalKind::Org, std::move(name), std::move(id));
}
inline ir::Principal cloudfront(std::string name, std::string distribution_id = "EDFDVBD6EXAMPLE") {
  return principal(ir::PrincipalKind::CloudFront, std::move(name),
                   std::string("arn:aws:cloudfront::") + kOwner + ":distribution/" + distribution_id, kOwner);
}
inline ir::Principal service(std::string name, std::string host) {
  return principal(ir::PrincipalKind::Service, std::move(name), std::move(host));
}
inline ir::Principal everyone() { return principal(ir::PrincipalKind::Public, "public", "*"); }

inline ir::Grant grant(ir::Principal who, ir::AccessLevel level, std::string prefix = {}, int line = 10) {
  ir::Grant g;
  g.grantee = std::move(who);
  g.level = level;
  g.prefix = std::move(prefix);
  g.origin = origin(line);
  return g;
}

// ---- building expected statements -------------------------------------------

inline policy::Principal star() {
  policy::Principal p;
  p.star = true;
  return p;
}
inline policy::Principal aws(std::vector<std::string> v) {
  policy::Principal p;
  p.aws = std::move(v);
  return p;
}
inline policy::Principal svc(std::vector<std::string> v) {
  policy::Principal p;
  p.service = std::move(v);
  return p;
}

inline policy::Statement stmt(std::string sid, policy::Effect effect, std::optional<policy::Principal> who,
                              std::vector<std::string> actions, std::vector<std::string> resources,
                              policy::ConditionBlock condition = {}) {
  policy::Statement s;
  s.sid = std::move(sid);
  s.effect = effect;
  s.principal = std::move(who);
  s.actions = std::move(actions);
  s.resources = std::move(resources);
  s.condition = std::move(condition);
  return s;
}
constexpr auto Allow = policy::Effect::Allow;
constexpr auto Deny = policy::Effect::Deny;

// JSON text of one statement: readable gtest diffs on mismatch.
inline std::string json(const policy::Statement& s) {
  policy::Document d;
  d.statements.push_back(s);
  return policy::write_json(d);
}

// ---- running and inspecting ------------------------------------------------

struct Lowered {
  Output output;
  std::vector<diag::Diagnostic> diagnostics;
  const BucketOutput& bucket(size_t i = 0) const { return output.buckets.at(i); }
};

inline Lowered run(const ir::Model& model) {
  diag::DiagnosticSink sink;
  Lowered l;
  l.output = lower(model, sink);
  l.diagnostics = sink.take();
  return l;
}
inline Lowered run(ir::Bucket b) {
  ir::Model m;
  m.buckets.push_back(std::move(b));
  return run(m);
}

inline std::vector<std::string> sids(const TracedDocument& doc) {
  std::vector<std::string> out;
  for (const auto& s : doc.document.statements) out.push_back(s.sid);
  return out;
}

inline const policy::Statement* find(const TracedDocument& doc, const std::string& sid) {
  for (const auto& s : doc.document.statements)
    if (s.sid == sid) return &s;
  return nullptr;
}

// Asserts that `doc` has a statement equal to `expected` (looked up by Sid).
inline void expect_statement(const TracedDocument& doc, const policy::Statement& expected) {
  const policy::Statement* got = find(doc, expected.sid);
  ASSERT_NE(got, nullptr) << "no statement with Sid " << expected.sid << " in\n" << policy::write_json(doc.document);
  EXPECT_EQ(json(*got), json(expected));
}

inline bool has_code(const std::vector<diag::Diagnostic>& diags, diag::Code code) {
  for (const auto& d : diags)
    if (d.code == code) return true;
  return false;
}

}  // namespace bslc::lower::testing
