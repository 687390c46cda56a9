// Delivery statements that OTHER buckets' settings put into this bucket's
// policy (reference §3.9): server access logs and CloudTrail data events.
//
// Server access logs: S3 writes as the service principal
// logging.s3.amazonaws.com (required with BucketOwnerEnforced, where the old
// LogDelivery ACL grant no longer works). Confused-deputy protection pins the
// source: ArnLike aws:SourceArn (ARN-typed key) = the source bucket, and
// StringEquals aws:SourceAccount = its account when the spec says it. Bucket
// ARNs carry no account, hence both. Only the logging prefix is writable.
//
// CloudTrail (`audit` on a source bucket, trail bucket here): the trail's
// delivery checks the bucket ACL, then writes AWSLogs/<account>/... with the
// bucket-owner-full-control canned ACL; both are pinned to the source account
// (aws:SourceAccount). Unpinned, cloudtrail.amazonaws.com would deliver for
// any account's trail, so an audited bucket without an account is E0505.
#include <fmt/format.h>

#include "lower/capabilities.h"

namespace bslc::lower::detail {
namespace {

bool logs_to(const ir::Bucket& source, const ir::Bucket& target) {
  if (!source.logging) return false;
  const ir::Logging& l = *source.logging;
  return l.target_id.empty() ? l.target_name == target.name : l.target_id == target.id;
}

bool audits_to(const ir::Bucket& source, const ir::Bucket& target) {
  if (!source.audit) return false;
  const ir::Audit& a = *source.audit;
  return a.trail_bucket_id.empty() ? a.trail_bucket_name == target.name : a.trail_bucket_id == target.id;
}

}  // namespace

void lower_log_delivery(const BucketContext& ctx, DocumentBuilder& doc) {
  const ir::Bucket& target = ctx.bucket;
  for (const ir::Bucket& source : ctx.model.buckets) {
    if (!logs_to(source, target)) continue;
    auto st = statement(policy::Effect::Allow, service_principals({"logging.s3.amazonaws.com"}), {"s3:PutObject"},
                        {objects_resource(target, source.logging->prefix)});
    add_condition(st, "ArnLike", "aws:SourceArn", {source.arn()});
    if (!source.account.empty()) add_condition(st, "StringEquals", "aws:SourceAccount", {source.account});
    doc.add("AllowS3AccessLogDeliveryFrom" + camel(source.id), std::move(st), source.logging->origin);
  }
}

void lower_trail_delivery(const BucketContext& ctx, DocumentBuilder& doc, diag::DiagnosticSink& sink) {
  const ir::Bucket& target = ctx.bucket;
  for (const ir::Bucket& source : ctx.model.buckets) {
    if (!audits_to(source, target)) continue;
    if (source.account.empty()) {
      sink.report(diag::Code::E0505, source.audit->origin.loc.valid() ? source.audit->origin.loc : source.loc,
                  fmt::format("the CloudTrail delivery statements in the policy of bucket `{}` need the account id "
                              "of audited bucket `{}`",
                              target.id, source.id),
                  "add `account \"<12-digit id>\"` to the audited bucket; without it any account's trail could "
                  "write into the trail bucket");
      continue;
    }
    const auto pin = [&](policy::Statement& st) {
      add_condition(st, "StringEquals", "aws:SourceAccount", {source.account});
    };
    auto acl_check = statement(policy::Effect::Allow, service_principals({"cloudtrail.amazonaws.com"}),
                               {"s3:GetBucketAcl"}, {target.arn()});
    pin(acl_check);
    doc.add("AllowCloudTrailAclCheckFor" + camel(source.id), std::move(acl_check), source.audit->origin);

    const std::string logs = "AWSLogs/" + source.account + "/";
    auto write = statement(policy::Effect::Allow, service_principals({"cloudtrail.amazonaws.com"}), {"s3:PutObject"},
                           {objects_resource(target, logs)});
    add_condition(write, "StringEquals", "s3:x-amz-acl", {"bucket-owner-full-control"});
    pin(write);
    doc.add("AllowCloudTrailDeliveryFor" + camel(source.id), std::move(write), source.audit->origin);
  }
}

}  // namespace bslc::lower::detail
