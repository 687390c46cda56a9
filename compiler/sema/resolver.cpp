#include "sema/resolver.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace bslc::sema {

std::string arn_account(const std::string& arn) {
  size_t pos = 0;
  for (int field = 0; field < 4; ++field) {
    pos = arn.find(':', pos);
    if (pos == std::string::npos) return "";
    ++pos;
  }
  const size_t end = arn.find(':', pos);
  return end == std::string::npos ? "" : arn.substr(pos, end - pos);
}

namespace {

bool all_digits(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

bool starts_with(const std::string& s, std::string_view p) { return s.rfind(p, 0) == 0; }

// A readable name for a principal given as a literal: the last path segment
// of an ARN, or the value itself.
std::string literal_name(const std::string& text) {
  const size_t slash = text.rfind('/');
  if (slash != std::string::npos && slash + 1 < text.size()) return text.substr(slash + 1);
  return text;
}

}  // namespace

ir::Principal principal_from_literal(const std::string& text) {
  ir::Principal p;
  p.value = text;
  p.name = literal_name(text);
  if (all_digits(text)) {
    p.kind = ir::PrincipalKind::Account;
    p.account = text;
    p.name = "account_" + text;
  } else if (starts_with(text, "arn:") && text.find(":iam::") != std::string::npos && text.ends_with(":root")) {
    p.kind = ir::PrincipalKind::Account;
    p.account = arn_account(text);
    p.value = p.account;
    p.name = "account_" + p.account;
  } else if (starts_with(text, "arn:") && text.find(":cloudfront::") != std::string::npos) {
    p.kind = ir::PrincipalKind::CloudFront;
    p.account = arn_account(text);
  } else if (starts_with(text, "arn:") && text.find(":user/") != std::string::npos) {
    p.kind = ir::PrincipalKind::User;
    p.account = arn_account(text);
  } else if (starts_with(text, "arn:")) {
    p.kind = ir::PrincipalKind::Role;  // roles and assumed-role sessions
    p.account = arn_account(text);
  } else if (starts_with(text, "o-")) {
    p.kind = ir::PrincipalKind::Org;
  } else if (text.ends_with(".amazonaws.com")) {
    p.kind = ir::PrincipalKind::Service;
  } else {
    p.kind = ir::PrincipalKind::Role;  // malformed; value checks report it
  }
  return p;
}

const ast::ConstDecl* Resolver::constant(const ast::Ref& ref, const SourcePtr& src,
                                         const std::vector<ast::ConstKind>& kinds, const char* expected) {
  const Location at{src, ref.span};
  const Symbol* s = symbols_.lookup(ref.text, at, expected);
  if (!s) return nullptr;
  if (s->kind == Symbol::Kind::Constant && std::find(kinds.begin(), kinds.end(), s->constant->kind) != kinds.end())
    return s->constant;
  sink_
      .report(diag::Code::E0205, at,
              fmt::format("`{}` is {}, but {} is expected here", ref.text, describe(*s), expected),
              fmt::format("use {} here", expected))
      .note(s->loc, fmt::format("`{}` is defined here", ref.text));
  return nullptr;
}

std::optional<ir::Principal> Resolver::principal(const ast::Ref& ref, const SourcePtr& src, bool allow_public) {
  const Location at{src, ref.span};
  if (!ref.is_name) {
    ir::Principal p = principal_from_literal(ref.text);
    p.origin.loc = at;
    return p;
  }
  if (ref.text == "public" || ref.text == "anonymous" || ref.text == "everyone") {
    if (!allow_public) {
      sink_.report(diag::Code::E0205, at, fmt::format("`{}` cannot be used here", ref.text),
                   "name an account, role, user or organization constant");
      return std::nullopt;
    }
    ir::Principal p;
    p.kind = ir::PrincipalKind::Public;
    p.name = "public";
    p.value = "*";
    p.origin.loc = at;
    return p;
  }
  const ast::ConstDecl* c = constant(ref, src,
                                     {ast::ConstKind::Account, ast::ConstKind::Role, ast::ConstKind::User,
                                      ast::ConstKind::Org, ast::ConstKind::Distribution},
                                     "an account, role, user, org or distribution constant");
  if (!c) return std::nullopt;
  if (c->is_list || c->values.size() != 1) {
    sink_.report(diag::Code::E0205, at, fmt::format("`{}` is a list; a single principal is expected here", ref.text),
                 "declare one constant per principal");
    return std::nullopt;
  }
  ir::Principal p = principal_from_literal(c->values.front().value);
  switch (c->kind) {
    case ast::ConstKind::Account:
      p.kind = ir::PrincipalKind::Account;
      p.value = p.account =
          all_digits(c->values.front().value) ? c->values.front().value : arn_account(c->values.front().value);
      break;
    case ast::ConstKind::Role: p.kind = ir::PrincipalKind::Role; break;
    case ast::ConstKind::User: p.kind = ir::PrincipalKind::User; break;
    case ast::ConstKind::Org:
      p.kind = ir::PrincipalKind::Org;
      p.account.clear();
      break;
    case ast::ConstKind::Distribution: p.kind = ir::PrincipalKind::CloudFront; break;
    default: break;
  }
  p.name = ref.text;
  // Point at the constant's value: malformed-value diagnostics belong there.
  p.origin.loc = Location{symbols_.find(ref.text)->loc.source, c->values.front().span};
  return p;
}

std::vector<ir::Principal> Resolver::principals(const std::vector<ast::Ident>& names, const SourcePtr& src) {
  std::vector<ir::Principal> out;
  for (const auto& n : names)
    if (auto p = principal(ast::Ref{true, n.name, n.span}, src)) out.push_back(std::move(*p));
  return out;
}

std::vector<std::string> Resolver::values(const ast::Ref& ref, const SourcePtr& src, std::vector<ast::ConstKind> kinds,
                                          const char* expected) {
  if (!ref.is_name) return {ref.text};
  const ast::ConstDecl* c = constant(ref, src, kinds, expected);
  if (!c) return {};
  std::vector<std::string> out;
  for (const auto& v : c->values) out.push_back(v.value);
  return out;
}

std::optional<std::string> Resolver::value(const ast::Ref& ref, const SourcePtr& src, std::vector<ast::ConstKind> kinds,
                                           const char* expected) {
  std::vector<std::string> v = values(ref, src, std::move(kinds), expected);
  if (v.size() != 1) {
    if (!v.empty())
      sink_.report(diag::Code::E0205, Location{src, ref.span},
                   fmt::format("`{}` is a list; a single value is expected here", ref.text),
                   "use a constant with one value");
    return std::nullopt;
  }
  return v.front();
}

}  // namespace bslc::sema
