// Rules between buckets of one compilation: unique physical names, and what a
// server access log target must be (same region and account, SSE-S3, no
// default object lock retention, no header requirement log delivery cannot
// meet). Also event destinations, which must share the bucket's region.
#include <fmt/format.h>

#include <map>

#include "check/support.h"
#include "check/values.h"

namespace bslc::check::detail {

namespace {

using diag::Code;

void unique_names(const ir::Model& model, diag::DiagnosticSink& sink) {
  std::map<std::string, const ir::Bucket*> first;
  for (const auto& b : model.buckets) {
    auto [it, inserted] = first.emplace(b.name, &b);
    if (inserted) continue;
    report(sink, Code::E0415, b, b.name_origin,
           fmt::format("buckets `{}` and `{}` both have the physical name `{}`; bucket names are unique across AWS",
                       it->second->id, b.id, b.name),
           "give each bucket its own `name`")
        .note(where(it->second->name_origin, *it->second), fmt::format("`{}` uses the name here", it->second->id));
  }
}

const ir::Bucket* log_target(const ir::Model& model, const ir::Logging& l) {
  if (!l.target_id.empty()) return model.find_bucket(l.target_id);
  if (!l.target_name.empty()) return model.find_bucket_by_name(l.target_name);
  return nullptr;
}

void log_target_rules(const ir::Model& model, const ir::Bucket& b, diag::DiagnosticSink& sink) {
  if (!b.logging) return;
  const ir::Logging& l = *b.logging;
  const ir::Bucket* t = log_target(model, l);
  if (!t) return;  // a bucket outside this compilation: nothing to compare
  if (t == &b) {
    report(sink, Code::E0407, b, l.origin,
           fmt::format("bucket `{}` writes its access logs into itself, so every log delivery is logged again, "
                       "without end",
                       b.id),
           "log to a separate bucket, e.g. one that uses the `log_destination` profile");
    return;
  }
  const auto& te = t->encryption;
  if (is_kms(te.mode)) {
    auto& d = report(sink, Code::E0408, b, l.origin,
                     fmt::format("log target `{}` uses {} default encryption, but server access log delivery only "
                                 "supports SSE-S3",
                                 t->id, keyword(te.mode)),
                     fmt::format("give `{}` `encryption sse_s3` (the `log_destination` profile does)", t->id));
    note_setting(d, te.origin, *t, fmt::format("`{}` chooses {} here", t->id, keyword(te.mode)), "");
  }
  const auto& tl = t->object_lock;
  if (tl.enabled && tl.mode) {
    auto& d =
        report(sink, Code::E0409, b, l.origin,
               fmt::format("log target `{}` has a default object lock retention, and S3 does not deliver "
                           "access logs to such buckets",
                           t->id),
               fmt::format("log to a bucket without default retention, or remove the retention from `{}`", t->id));
    note_setting(d, tl.retention_origin.loc.valid() ? tl.retention_origin : tl.origin, *t,
                 fmt::format("`{}` sets default retention here", t->id), "");
  }
  // `require header` no longer refuses uploads without a header (they break
  // multipart uploads, lower/encryption.cpp), so only SSE-C is left here.
  if (te.mode == ir::EncryptionMode::SseC) {
    auto& d = report(sink, Code::E0410, b, l.origin,
                     fmt::format("log target `{}` refuses uploads without SSE-C headers, which log delivery never "
                                 "sends, so no access log would arrive",
                                 t->id),
                     fmt::format("use SSE-S3 default encryption on `{}`", t->id));
    note_setting(d, te.origin, *t, fmt::format("`{}` requires it here", t->id), "");
  }
  if (t->region != b.region) {
    report(sink, Code::E0411, b, l.origin,
           fmt::format("log target `{}` is in `{}`, but bucket `{}` is in `{}`; S3 delivers access logs only within "
                       "one region",
                       t->id, t->region, b.id, b.region),
           fmt::format("log to a bucket in `{}`", b.region));
  } else if (!t->account.empty() && !b.account.empty() && t->account != b.account) {
    report(sink, Code::E0411, b, l.origin,
           fmt::format("log target `{}` belongs to account {}, but bucket `{}` belongs to {}; S3 delivers access "
                       "logs only within one account",
                       t->id, t->account, b.id, b.account),
           fmt::format("log to a bucket owned by account {}", b.account));
  }
}

void notification_regions(const ir::Bucket& b, diag::DiagnosticSink& sink) {
  for (const auto& n : b.notifications) {
    const auto arn = parse_arn(n.destination_arn);
    if (!arn || arn->region.empty() || region_problem(arn->region) || arn->region == b.region) continue;
    report(sink, Code::E0418, b, n.origin,
           fmt::format("notification destination `{}` is in `{}`, but bucket `{}` is in `{}`; S3 only notifies "
                       "destinations in the bucket's region",
                       n.destination_arn, arn->region, b.id, b.region),
           fmt::format("use a queue, topic or function in `{}`, or `eventbridge` to route events elsewhere", b.region));
  }
}

}  // namespace

void check_cross_bucket(const ir::Model& model, diag::DiagnosticSink& sink) {
  unique_names(model, sink);
  for (const auto& b : model.buckets) {
    log_target_rules(model, b, sink);
    notification_regions(b, sink);
  }
}

}  // namespace bslc::check::detail
