// `statement "Sid" { ... }`: the statements a spec writes out, emitted into
// the bucket policy as written (re-serialised), after everything bslc
// generates, under exactly their Sid. Resources default to the bucket and its
// objects; `prefix` names the objects under it. Principals: `everyone` is
// "*", a service host goes under "Service", anything else under "AWS".
#include "lower/capabilities.h"

namespace bslc::lower::detail {

void lower_raw_statements(const BucketContext& ctx, DocumentBuilder& doc, diag::DiagnosticSink& sink) {
  const ir::Bucket& b = ctx.bucket;
  for (const ir::RawStatement& r : b.statements) {
    policy::Principal who;
    if (r.everyone) {
      who.star = true;
    } else {
      for (const ir::Principal& p : r.who) {
        if (p.kind == ir::PrincipalKind::Service)
          who.service.push_back(p.value);
        else
          who.aws.push_back(p.principal_arn());
      }
    }
    std::vector<std::string> resources = r.resources;
    if (resources.empty()) {
      resources = r.prefix ? std::vector<std::string>{b.arn() + "/" + *r.prefix + "*"}
                           : std::vector<std::string>{b.arn(), b.objects_arn()};
    }
    auto st = statement(r.allow ? policy::Effect::Allow : policy::Effect::Deny, std::nullopt, r.actions,
                        std::move(resources));
    (r.not_principal ? st.not_principal : st.principal) = std::move(who);
    st.not_action = r.not_action;
    st.not_resource = r.not_resource;
    for (const ir::RawCondition& c : r.conditions) {
      auto& values = st.condition[c.op][c.key];
      values.insert(values.end(), c.values.begin(), c.values.end());
    }
    if (doc.add(r.sid, std::move(st), r.origin) != r.sid) {
      sink.report(diag::Code::E0484, r.origin.loc.valid() ? r.origin.loc : b.loc,
                  "statement id `" + r.sid + "` is already used in the policy of bucket `" + b.id + "`",
                  "give the statement a Sid of its own; `bslc compile` writes the generated Sids to "
                  "<bucket>/sources.json");
    }
  }
}

}  // namespace bslc::lower::detail
