// The two entry points: check_model runs every check family on the resolved
// model; check_outputs lints the documents lowering produced and points each
// finding at the spec line that produced the statement.
#include "check/check.h"

#include <fmt/format.h>

#include "check/lint.h"
#include "check/support.h"

namespace bslc::check {

void check_model(const ir::Model& model, diag::DiagnosticSink& sink, const Options& options) {
  detail::check_values(model, sink);
  detail::check_catalog(model, sink);
  detail::check_encryption(model, sink);
  detail::check_multipart(model, sink);
  detail::check_fidelity(model, sink);
  detail::check_retention(model, sink);
  detail::check_access(model, sink);
  detail::check_cross_bucket(model, sink);
  detail::check_lockout(model, sink);
  detail::check_kms_quota(model, sink, options);
  detail::check_acknowledgement_codes(model, sink);
}

namespace {

// Lints one generated document. A finding points at the spec line of its
// statement's Sid (sources.json), else at the bucket or vault; the note names
// the document, and sits at the bucket so acknowledgements can apply.
void lint_traced(const lower::TracedDocument& traced, const std::string& what, const std::string& owner,
                 const Location& owner_loc, diag::DiagnosticSink& sink) {
  auto locate = [&](size_t index) -> Location {
    const auto& sid = traced.document.statements[index].sid;
    const auto it = traced.sources.find(sid);
    return it != traced.sources.end() && it->second.valid() ? it->second : owner_loc;
  };
  for (const Finding& f : lint_document(traced.document, LintOptions{true})) {
    diag::Diagnostic d = to_diagnostic(f, locate(f.statement), f.related ? locate(*f.related) : Location{});
    d.note(owner_loc, fmt::format("in the generated {} of `{}`", what, owner));
    sink.report(std::move(d));
  }
}

}  // namespace

void check_outputs(const ir::Model& model, const lower::Output& output, diag::DiagnosticSink& sink) {
  for (const auto& out : output.buckets) {
    const ir::Bucket* b = model.find_bucket(out.bucket_id);
    const Location at = b ? b->loc : Location{};
    lint_traced(out.bucket_policy, "bucket policy", out.bucket_id, at, sink);
    if (out.key_policy_kind != lower::KeyPolicyKind::None)
      lint_traced(out.key_policy, "KMS key policy", out.bucket_id, at, sink);
    for (const auto& [grantee, doc] : out.identity_policies)
      lint_traced(doc, fmt::format("identity policy for `{}`", grantee), out.bucket_id, at, sink);
  }
  for (const auto& out : output.vaults) {
    Location at;
    for (const auto& v : model.vaults)
      if (v.id == out.vault_id) at = v.loc;
    lint_traced(out.lock_policy, "vault lock policy", out.vault_id, at, sink);
  }
}

}  // namespace bslc::check
