// Actions and condition keys written in a spec, a test or a property, checked
// against the AWS catalog (compiler/catalog): an action or key AWS does not
// know makes a guard that silently does nothing and a test that "passes"
// (E0314, E0315, with a did-you-mean); a value of the wrong type for its key
// never matches (E0316); a service key the action's requests never carry is
// always absent, so a condition on it decides the same way for every request
// (W0302).
#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "catalog/catalog.h"
#include "catalog/operations.h"
#include "check/policy_facts.h"
#include "check/support.h"
#include "check/values.h"

namespace bslc::check::detail {

namespace {

using diag::Code;

std::string services_list(const catalog::Catalog& cat) {
  std::string out;
  for (const auto& s : cat.services()) out += fmt::format("{}`{}`", out.empty() ? "" : ", ", s);
  return out;
}

// Keys whose values in a custom deny check_values already checks with a
// precise code (E0304 CIDR, E0305-E0307 ids, E0302 accounts, E0310 TLS).
bool shape_checked(std::string_view key) {
  const std::string k = lowercase(key);
  return k == "aws:sourceip" || k == "aws:vpcsourceip" || k == "aws:sourcevpce" || k == "aws:sourcevpc" ||
         k == "aws:principalorgid" || k == "aws:principalaccount" || k == "aws:sourceaccount" ||
         k == "kms:calleraccount" || k == "aws:resourceaccount" || k == "s3:resourceaccount" || k == "s3:tlsversion";
}

class CatalogChecker {
 public:
  explicit CatalogChecker(diag::DiagnosticSink& sink) : sink_(sink), cat_(catalog::Catalog::aws()) {}

  void bucket(const ir::Bucket& b) {
    for (const auto& d : b.denies) {
      const Location at = where(d.origin, b);
      const auto acts = actions(d.actions, at, &b, d.origin);
      for (const auto& c : d.unless) {
        const Location cat = c.origin.loc.valid() ? c.origin.loc : at;
        condition(c.key, c.values, c.op, c.boolean, acts, cat, &b, d.origin,
                  "so `unless` never holds for it and the deny always applies");
      }
    }
    for (const auto& m : b.mfa) actions(m.actions, where(m.origin, b), &b, m.origin);
    for (const auto& s : b.statements) {
      const Location at = where(s.origin, b);
      const auto acts = actions(s.actions, at, &b, s.origin);
      for (const auto& c : s.conditions) {
        const Operator op = parse_operator(c.op);
        // Null compares presence, not a value of the key.
        const std::vector<std::string> values = op.is_null() ? std::vector<std::string>{} : c.values;
        const bool like = op.base.find("Like") != std::string::npos;
        condition(c.key, values, like ? ir::CompareOp::Like : ir::CompareOp::Eq, op.is_bool(),
                  s.not_action ? Named{} : acts, c.origin.loc.valid() ? c.origin.loc : at, &b, s.origin,
                  "so the condition never holds for it");
      }
    }
  }

  void test(const ir::Test& t) {
    for (const auto& x : t.expectations) {
      const auto acts = actions({x.action}, x.loc, nullptr, {}, true);
      for (const auto& [key, value] : x.context) {
        std::vector<std::string> values =
            value.kind == ir::ContextValue::Kind::List ? value.items : std::vector{value.text};
        condition(key, values, ir::CompareOp::Eq, value.kind == ir::ContextValue::Kind::Bool, acts, x.loc, nullptr, {},
                  "so AWS never sends it with this request and the simulator leaves it out");
      }
    }
  }

  void property(const ir::Property& p) {
    for (const auto& claim : p.claims) {
      const auto acts = actions(claim.actions, claim.loc, nullptr, {});
      for (const auto& w : claim.where)
        condition(w.key, w.values, w.op, false, acts, w.loc.valid() ? w.loc : claim.loc, nullptr, {},
                  "so the predicate can never hold for it");
    }
  }

 private:
  // Reports once per place and message: a profile's setting is checked in each bucket that uses it.
  diag::Diagnostic* once(Code code, const Location& at, const ir::Bucket* b, const ir::Origin& origin,
                         std::string message, std::string help) {
    const std::string file = at.source ? at.source->name() : std::string();
    if (!seen_.insert({static_cast<int>(code), file, at.span.begin, message}).second) return nullptr;
    if (b) {
      ir::Origin here = origin;  // the setting's profile, at the exact place
      here.loc = at;
      return &report(sink_, code, *b, here, std::move(message), std::move(help));
    }
    return &sink_.report(code, at, std::move(message), std::move(help));
  }

  // Checks each action (or pattern) and returns, per name written, the catalog actions it names.
  struct NamedAction {
    std::string name;
    std::vector<const catalog::Action*> matched;
    bool parts_only = false;  // an operation that sends none of the object's creation headers
  };
  using Named = std::vector<NamedAction>;
  // `operations`: a test may name an S3 API operation authorized as another
  // action (s3:UploadPart); a policy or property may not.
  Named actions(const std::vector<std::string>& names, const Location& at, const ir::Bucket* b,
                const ir::Origin& origin, bool operations = false) {
    Named out;
    for (const auto& name : names) {
      const size_t colon = name.find(':');
      const std::string service = colon == std::string::npos ? std::string() : name.substr(0, colon);
      if (name == "*") continue;  // every action: nothing to look up
      if (!cat_.has_service(service)) {
        once(Code::E0314, at, b, origin,
             fmt::format("`{}` is not an action of a service whose requests reach a bucket's policies", name),
             fmt::format("bslc knows the actions of {}; write one of them, e.g. `s3:GetObject`", services_list(cat_)));
        continue;
      }
      auto matched = cat_.matching(name);
      const auto op = matched.empty() ? catalog::s3_operation(name) : std::nullopt;
      if (op && operations) {
        if (const auto* a = cat_.action(op->action)) out.push_back({name, {a}, !op->sends_object_headers});
        continue;
      }
      if (op) {
        once(Code::E0314, at, b, origin,
             fmt::format("`{}` is an S3 API operation, not an IAM action: AWS authorizes it as `{}`", name, op->action),
             fmt::format("write `{}`; a policy naming `{}` matches no request", op->action, name));
        continue;
      }
      if (matched.empty()) {
        const bool pattern = name.find_first_of("*?") != std::string::npos;
        std::string help;
        if (auto best = pattern ? std::nullopt : cat_.suggest_action(name))
          help = fmt::format("did you mean `{}`?", *best);
        else
          help = fmt::format("write an action AWS defines for `{}` (catalog: {})", service, cat_.source());
        once(Code::E0314, at, b, origin,
             pattern ? fmt::format("action pattern `{}` matches no AWS action", name)
                     : fmt::format("unknown action `{}`", name),
             std::move(help));
        continue;
      }
      out.push_back({name, std::move(matched), false});
    }
    return out;
  }

  void condition(const std::string& key_name, const std::vector<std::string>& values, ir::CompareOp op, bool boolean,
                 const Named& acts, const Location& at, const ir::Bucket* b, const ir::Origin& origin,
                 const std::string& consequence) {
    if (condition_key_problem(key_name)) return;  // malformed: E0312 (check_values)
    const catalog::Key* key = cat_.key(key_name);
    if (!key) {
      std::string help;
      if (auto best = cat_.suggest_key(key_name))
        help = fmt::format("did you mean `{}`?", *best);
      else
        help = fmt::format("write a global key such as `aws:SourceIp` or a key of {} (catalog: {})",
                           services_list(cat_), cat_.source());
      once(Code::E0315, at, b, origin, fmt::format("unknown condition key `{}`", key_name), std::move(help));
      return;
    }
    const bool like = op == ir::CompareOp::Like || op == ir::CompareOp::NotLike;
    if (boolean && key->type != catalog::ValueType::Bool && key->type != catalog::ValueType::String) {
      once(Code::E0316, at, b, origin,
           fmt::format("`{}` holds {} values, not `true` or `false`", key->name, catalog::to_string(key->type)),
           "compare it with a value of its type");
    } else if (!(b && shape_checked(key_name))) {
      for (const auto& v : values) {
        if (auto p = catalog::value_problem(*key, v, like)) {
          once(Code::E0316, at, b, origin,
               fmt::format("`{}` {}, so it is never a value of `{}` ({})", v, *p, key_name,
                           catalog::to_string(key->type)),
               "write a value of the key's type; `bslc explain E0316` lists what each type accepts");
          break;
        }
      }
    }
    if (key->global || acts.empty()) return;
    // A pattern is fine when some action it matches carries the key.
    std::vector<std::string> missing;
    for (const auto& a : acts) {
      const bool parts_lack = a.parts_only && catalog::set_only_when_upload_starts(key_name);
      if (parts_lack ||
          std::none_of(a.matched.begin(), a.matched.end(), [&](const auto* m) { return cat_.carries(*m, *key); }))
        missing.push_back(a.name);
    }
    if (missing.empty()) return;
    std::string list;
    for (const auto& m : missing) list += fmt::format("{}`{}`", list.empty() ? "" : ", ", m);
    once(Code::W0302, at, b, origin, fmt::format("requests for {} never carry `{}`, {}", list, key_name, consequence),
         "name the actions that carry the key (the Service Authorization Reference lists them per action), or "
         "use a key these requests carry");
  }

  diag::DiagnosticSink& sink_;
  const catalog::Catalog& cat_;
  std::set<std::tuple<int, std::string, uint32_t, std::string>> seen_;
};

}  // namespace

void check_catalog(const ir::Model& model, diag::DiagnosticSink& sink) {
  CatalogChecker checker(sink);
  for (const auto& b : model.buckets) checker.bucket(b);
  for (const auto& t : model.tests) checker.test(t);
  for (const auto& p : model.properties) checker.property(p);
}

}  // namespace bslc::check::detail
