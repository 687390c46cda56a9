// Headers that only the start of a multipart upload sends (encryption,
// tagging, object lock: catalog/operations.h) cannot be required by a bucket
// policy: UploadPart and CompleteMultipartUpload never carry them, so a deny
// on a missing header refuses every large upload. Lowering denies only a
// present, wrong header; these warnings say that presence is not enforced,
// so the author acknowledges it: W0303 for `require tag ... on upload` and
// custom denies on tagging or object-lock keys, W0402 (as for `require
// header`) for custom denies on the encryption headers.
#include <fmt/format.h>

#include "catalog/catalog.h"
#include "catalog/operations.h"
#include "check/policy_facts.h"
#include "check/support.h"

namespace bslc::check::detail {

namespace {

using diag::Code;

bool covers_uploads(const std::vector<std::string>& actions) {
  if (actions.empty()) return true;  // no actions: every action
  const auto& cat = catalog::Catalog::aws();
  for (const auto& a : actions)
    for (const auto* m : cat.matching(a))
      if (m->name == "s3:PutObject") return true;
  return false;
}

// `unless key = v` denies when the key is absent; `unless key != v` does not.
bool denies_when_absent(ir::CompareOp op) {
  return op != ir::CompareOp::Ne && op != ir::CompareOp::NotIn && op != ir::CompareOp::NotLike;
}

void required_tags(const ir::Bucket& b, diag::DiagnosticSink& sink) {
  for (const auto& t : b.required_tags) {
    report(sink, Code::W0303, b, t.origin,
           t.allowed.empty()
               ? fmt::format("`require tag {} on upload` cannot refuse uploads to `{}` without the tag: multipart "
                             "uploads send tags only when they start, never with their parts, so the bucket policy "
                             "gets no statement for it",
                             t.key, b.id)
               : fmt::format("`require tag {} in [...] on upload` can refuse only a tag value outside the list on "
                             "`{}`, not a missing tag: multipart uploads send tags only when they start, never with "
                             "their parts",
                             t.key, b.id),
           "have writers tag their uploads and check for the tag downstream (an S3 event or an inventory report), "
           "then acknowledge W0303");
  }
}

void custom_denies(const ir::Bucket& b, diag::DiagnosticSink& sink) {
  for (const auto& d : b.denies) {
    if (!covers_uploads(d.actions)) continue;
    for (const auto& c : d.unless) {
      if (!catalog::set_only_when_upload_starts(c.key) || !denies_when_absent(c.op)) continue;
      const ir::Origin& at = c.origin.loc.valid() ? c.origin : d.origin;
      const bool encryption = lowercase(c.key).starts_with("s3:x-amz-server-side-encryption");
      report(sink, encryption ? Code::W0402 : Code::W0303, b, at,
             fmt::format("this deny cannot refuse uploads to `{}` that omit `{}`: multipart uploads send it only when "
                         "they start, never with their parts, so bslc denies it only when it is present and does not "
                         "match{}",
                         b.id, c.key, encryption ? "; default encryption covers uploads without it" : ""),
             fmt::format("acknowledge {} once that is what you rely on{}", encryption ? "W0402" : "W0303",
                         encryption ? "" : "; check for the header downstream if it must be there"));
    }
  }
}

}  // namespace

void check_multipart(const ir::Model& model, diag::DiagnosticSink& sink) {
  for (const auto& b : model.buckets) {
    required_tags(b, sink);
    custom_denies(b, sink);
  }
}

}  // namespace bslc::check::detail
