#include "sema/tests_builder.h"

#include <fmt/format.h>

namespace bslc::sema {
namespace {

// The ARN a simulated request is made by.
std::optional<std::string> request_principal(const ast::Ref& ref, const SourcePtr& src, Resolver& r) {
  if (!ref.is_name) return ref.text;
  if (ref.text == "anonymous" || ref.text == "public") return std::string("anonymous");
  auto p = r.principal(ref, src);
  if (!p) return std::nullopt;
  switch (p->kind) {
    case ir::PrincipalKind::Account: return p->principal_arn();
    case ir::PrincipalKind::Org:
      r.sink().report(diag::Code::E0205, Location{src, ref.span},
                      fmt::format("`{}` is an organization; a request is made by one principal", ref.text),
                      "use a role, user or account constant of a member account");
      return std::nullopt;
    case ir::PrincipalKind::CloudFront: return std::string("cloudfront.amazonaws.com");
    default: return p->value;
  }
}

std::optional<std::pair<std::string, std::string>> resolve_resource(const ast::Str& resource, const SourcePtr& src,
                                                                    Resolver& r, const ir::Model& model) {
  const std::string& text = resource.value;
  const size_t slash = text.find('/');
  const std::string id = text.substr(0, slash);
  const ir::Bucket* b = model.find_bucket(id);
  if (!b) {
    r.sink().report(diag::Code::E0210, Location{src, resource.span},
                    fmt::format("`{}` does not start with a bucket of this compilation", text),
                    "write the resource as `\"<bucket>/<key>\"` or `\"<bucket>\"`, using the bucket's BSL name");
    return std::nullopt;
  }
  const std::string arn = slash == std::string::npos ? b->arn() : b->arn() + text.substr(slash);
  return std::make_pair(id, arn);
}

ir::ContextValue context_value(const ast::Value& v, const SourcePtr& src, Resolver& r) {
  ir::ContextValue out;
  auto scalar_text = [&](const ast::Scalar& s) -> std::vector<std::string> {
    if (s.kind != ast::Scalar::Kind::Name) return {s.text};
    return r.values(
        ast::Ref{true, s.text, s.span}, src,
        {ast::ConstKind::Account, ast::ConstKind::Org, ast::ConstKind::Role, ast::ConstKind::User, ast::ConstKind::Key,
         ast::ConstKind::Endpoint, ast::ConstKind::Vpc, ast::ConstKind::Cidr, ast::ConstKind::Distribution},
        "a constant");
  };
  if (v.is_list) {
    out.kind = ir::ContextValue::Kind::List;
    for (const auto& s : v.items)
      for (auto& t : scalar_text(s)) out.items.push_back(std::move(t));
    return out;
  }
  const ast::Scalar& s = v.items.front();
  out.kind = s.kind == ast::Scalar::Kind::Bool     ? ir::ContextValue::Kind::Bool
             : s.kind == ast::Scalar::Kind::Number ? ir::ContextValue::Kind::Number
                                                   : ir::ContextValue::Kind::String;
  auto texts = scalar_text(s);
  if (texts.size() == 1)
    out.text = texts.front();
  else if (texts.size() > 1)
    out.kind = ir::ContextValue::Kind::List, out.items = std::move(texts);
  return out;
}

std::string tag_key(const char* prefix, const ast::TagPair& tag) { return std::string(prefix) + tag.key.value; }

ir::CompareOp convert(ast::CompareOp op) { return static_cast<ir::CompareOp>(static_cast<int>(op)); }

}  // namespace

ir::Test build_test(const ast::TestDecl& decl, const SourcePtr& src, Resolver& r, const ir::Model& model) {
  ir::Test t;
  t.name = decl.name.value;
  t.loc = Location{src, decl.name.span};
  for (const auto& e : decl.expectations) {
    ir::Expectation x;
    x.allow = e.allow;
    x.loc = Location{src, e.span};
    x.action = e.action.value;
    x.principal_label = e.principal.is_name ? e.principal.text : "\"" + e.principal.text + "\"";
    auto who = request_principal(e.principal, src, r);
    auto where = resolve_resource(e.resource, src, r, model);
    if (!who || !where) continue;
    x.principal = *who;
    x.bucket_id = where->first;
    x.resource_arn = where->second;
    for (const auto& c : e.context) x.context[c.key.value] = context_value(c.value, src, r);
    t.expectations.push_back(std::move(x));
  }
  return t;
}

ir::Property build_property(const ast::PropertyDecl& decl, const SourcePtr& src, Resolver& r, const ir::Model& model) {
  ir::Property p;
  p.name = decl.name.value;
  p.loc = Location{src, decl.name.span};
  for (const auto& c : decl.claims) {
    ir::PropertyClaim claim;
    claim.never = c.never;
    claim.loc = Location{src, c.span};
    for (const auto& a : c.actions) claim.actions.push_back(a.value);
    if (!c.bucket) {
      if (model.buckets.size() != 1) {
        r.sink().report(diag::Code::E0210, Location{src, c.span},
                        fmt::format("the claim does not say which bucket it is about ({} buckets are declared)",
                                    model.buckets.size()),
                        "write `on <bucket>` after the actions");
        continue;
      }
      claim.bucket_id = model.buckets.front().id;
    } else if (!model.find_bucket(c.bucket->name)) {
      r.sink().report(diag::Code::E0210, Location{src, c.bucket->span},
                      fmt::format("`{}` is not a bucket of this compilation", c.bucket->name),
                      "name a bucket declared with `bucket NAME { ... }`");
      continue;
    } else {
      claim.bucket_id = c.bucket->name;
    }
    if (c.prefix) claim.prefix = c.prefix->value;
    if (c.by) {
      ir::ClaimAskers askers;
      askers.outside = c.by->outside;
      askers.loc = Location{src, c.by->span};
      for (const auto& who : c.by->who) {
        if (who.is_name && (who.text == "anonymous" || who.text == "public")) {
          askers.anonymous = true;
        } else if (auto p = r.principal(who, src)) {
          askers.who.push_back(std::move(*p));
        }
      }
      claim.by = std::move(askers);
    }
    for (const auto& pred : c.where) {
      ir::PropertyPredicate out;
      out.negated = pred.negated;
      out.loc = Location{src, pred.span};
      switch (pred.kind) {
        case ast::Predicate::Kind::Prefix:
          out.is_prefix = true;
          out.prefix = pred.prefix.value;
          break;
        case ast::Predicate::Kind::ObjectTag:
          out.key = tag_key("s3:ExistingObjectTag/", pred.tag);
          out.values = {pred.tag.value.value};
          break;
        case ast::Predicate::Kind::PrincipalTag:
          out.key = tag_key("aws:PrincipalTag/", pred.tag);
          out.values = {pred.tag.value.value};
          break;
        case ast::Predicate::Kind::Condition: {
          out.key = pred.condition.key.value;
          out.op = convert(pred.condition.op);
          ir::ContextValue v = context_value(pred.condition.value, src, r);
          out.value_kind = v.kind;
          if (v.kind == ir::ContextValue::Kind::List) {
            out.values = v.items;
            // A list keeps the kind of its items for the comparison.
            const auto& items = pred.condition.value.items;
            if (!items.empty() && items.front().kind == ast::Scalar::Kind::Bool)
              out.value_kind = ir::ContextValue::Kind::Bool;
            if (!items.empty() && items.front().kind == ast::Scalar::Kind::Number)
              out.value_kind = ir::ContextValue::Kind::Number;
          } else {
            out.values = {v.text};
          }
          break;
        }
      }
      claim.where.push_back(std::move(out));
    }
    p.claims.push_back(std::move(claim));
  }
  return p;
}

}  // namespace bslc::sema
