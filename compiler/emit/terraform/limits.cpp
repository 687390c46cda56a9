// What needs more than a plain `terraform apply`: MFA delete (root user's
// credentials and a current MFA code). Object lock on existing buckets and
// the vault lock are expressible here and only get README notes.
#include "emit/settings.h"
#include "emit/terraform/config.h"

namespace bslc::emit::tf {
namespace {

void mfa_delete(Config& c) {
  std::vector<const ir::Bucket*> buckets;
  for (const auto& b : c.model.buckets)
    if (b.versioning.mfa_delete) buckets.push_back(&b);
  if (buckets.empty()) return;
  std::string names;
  for (const auto* b : buckets) {
    names += (names.empty() ? "`" : ", `") + b->name + "`";
    c.sink.report(diag::Code::W0504, where(b->versioning.mfa_delete_origin, b->loc),
                  "terraform turns on mfa delete for bucket `" + b->id +
                      "` only with the root user's credentials and a current mfa code",
                  "apply as terraform/README.md shows: root credentials and `-var '" + std::string(kMfaVariable) +
                      "=SERIAL CODE'`");
  }
  Block variable("variable", {kMfaVariable});
  variable.set("description",
               Value::text("\"<serial> <code>\" of the root user's MFA device, needed to set MFA delete"));
  variable.set("type", Value::keyword("string"));
  variable.set("sensitive", Value::boolean(true));
  c.variables.push_back(std::move(variable));
  c.steps.push_back(ManualStep{
      "Apply with the root user's MFA device (MFA delete on " + names + ")",
      "Only the bucket owner's root user can change MFA delete, and every such request carries the code of the "
      "root user's MFA device. Run the apply with the root user's credentials and pass the device's ARN and its "
      "current code (replace SERIAL and CODE). Later applies that change aws_s3_bucket_versioning need a fresh code.",
      {"terraform apply -var " + shell_quote(std::string(kMfaVariable) + "=SERIAL CODE")}});
}

}  // namespace

void report_limits(Config& c) {
  mfa_delete(c);
  for (const auto& b : c.model.buckets) {
    if (b.object_lock.enabled) {
      c.notes.push_back("Object Lock on `" + b.name +
                        "` is turned on by aws_s3_bucket_object_lock_configuration, which works for existing "
                        "buckets too (import them first: `terraform import aws_s3_bucket." +
                        c.names.tf_bucket(b.id) + " " + b.name + "`). It cannot be turned off again.");
    }
  }
  for (const auto& v : c.model.vaults) {
    if (v.lock_min_age_days) {
      c.notes.push_back("The vault lock of `" + v.name +
                        "` has `complete_lock = true`: the first apply locks the vault for good. Set it to false "
                        "for a 24-hour test first if in doubt.");
    }
  }
}

}  // namespace bslc::emit::tf
