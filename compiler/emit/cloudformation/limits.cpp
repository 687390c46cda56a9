// What CloudFormation cannot express: a warning pointing at the spec line and
// a README step with the exact CLI command (reference §6).

#include "emit/cloudformation/template.h"
#include "emit/settings.h"

namespace bslc::emit::cfn {
namespace {

void mfa_delete(Template& t, const ir::Bucket& b) {
  if (!b.versioning.mfa_delete) return;
  // The warning itself is W0410, from the checks (it also fires in `bslc check`);
  // the emitter only writes the step.
  t.steps.push_back(ManualStep{
      "Turn on MFA delete for bucket `" + b.name + "`",
      "CloudFormation's VersioningConfiguration has no MFA delete setting. Only the bucket owner's root user can "
      "turn it on, with the CLI or API and the root user's MFA device: replace SERIAL with the device's ARN and "
      "CODE with its current code.",
      {"aws s3api put-bucket-versioning --bucket " + shell_quote(b.name) +
       " --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa \"SERIAL CODE\""}});
}

std::string lock_configuration_json(const ir::ObjectLock& lock) {
  std::string json = R"({"ObjectLockEnabled":"Enabled")";
  if (lock.mode) {
    json += R"(,"Rule":{"DefaultRetention":{"Mode":")" + lock_mode_name(*lock.mode) + "\",";
    json += lock.years > 0 ? "\"Years\":" + std::to_string(lock.years) : "\"Days\":" + std::to_string(lock.days);
    json += "}}";
  }
  return json + "}";
}

void object_lock_on_existing_bucket(Template& t, const ir::Bucket& b, const std::string& template_file) {
  if (!b.object_lock.enabled) return;
  const std::string logical_id = t.names.logical_id(b.id, Role::Bucket);
  t.sink.report(diag::Code::W0503, where(b.object_lock.origin, b.loc),
                "cloudformation enables object lock on bucket `" + b.id + "` only when it creates the bucket",
                "if the bucket already exists, enable object lock with the CLI and import the bucket, as "
                "cloudformation/README.md shows; a stack update would have to replace it");
  const std::string import = R"([{"ResourceType":"AWS::S3::Bucket","LogicalResourceId":")" + logical_id +
                             R"(","ResourceIdentifier":{"BucketName":")" + b.name + R"("}}])";
  t.steps.push_back(ManualStep{
      "Only if bucket `" + b.name + "` already exists: enable Object Lock in place",
      "`ObjectLockEnabled` takes effect only when CloudFormation creates the bucket; for an existing bucket a stack "
      "update means replacement, which fails for a named bucket. Skip this step for a new bucket. Otherwise turn "
      "on versioning and Object Lock with the CLI, then bring the bucket into the stack with a resource import "
      "(if a stack already manages it, first remove it from that stack: its DeletionPolicy Retain keeps the "
      "bucket). Replace STACK_NAME with the stack's name.",
      {"aws s3api put-bucket-versioning --bucket " + shell_quote(b.name) + " --versioning-configuration Status=Enabled",
       "aws s3api put-object-lock-configuration --bucket " + shell_quote(b.name) + " --object-lock-configuration " +
           shell_quote(lock_configuration_json(b.object_lock)),
       "aws cloudformation create-change-set --stack-name STACK_NAME --change-set-name " +
           shell_quote("import-" + logical_id) + " --change-set-type IMPORT --template-body file://" + template_file +
           " --resources-to-import " + shell_quote(import),
       "aws cloudformation execute-change-set --stack-name STACK_NAME --change-set-name " +
           shell_quote("import-" + logical_id)}});
}

void vault(Template& t, const ir::Vault& v) {
  const bool locked = v.lock_min_age_days && t.extra_files.count(vault_lock_file_name(v)) != 0;
  t.sink.report(diag::Code::W0502, where(locked ? v.lock_origin : ir::Origin{}, v.loc),
                std::string("cloudformation cannot create") + (locked ? " or lock" : "") + " vault `" + v.id + "`",
                "after deploying, run the `aws glacier` steps in cloudformation/README.md, or use the terraform "
                "target");
  const std::string common =
      " --account-id - --region " + shell_quote(v.region) + " --vault-name " + shell_quote(v.name);
  ManualStep create{"Create Glacier vault `" + v.name + "`",
                    "CloudFormation has no resource type for Glacier vaults.",
                    {"aws glacier create-vault" + common}};
  if (!locked) {
    t.steps.push_back(std::move(create));
    return;
  }
  create.title = "Create and lock Glacier vault `" + v.name + "`";
  create.why += " `initiate-vault-lock` installs the policy in " + vault_lock_file_name(v) +
                " and prints a lock id; the lock stays InProgress for 24 hours, during which it can be tested and "
                "aborted (`aws glacier abort-vault-lock`). `complete-vault-lock` with that id (replace LOCK_ID) "
                "makes the policy permanent: it can never be changed or removed.";
  create.commands.push_back("aws glacier initiate-vault-lock" + common + " --policy file://" + vault_lock_file_name(v));
  create.commands.push_back("aws glacier complete-vault-lock" + common + " --lock-id LOCK_ID");
  t.steps.push_back(std::move(create));
}

// A stack creates its resources in the region it is deployed to.
void regions(Template& t) {
  std::vector<std::string> seen;
  const auto note = [&](const std::string& region, const std::string& id, const Location& loc) {
    for (const auto& r : seen)
      if (r == region) return;
    seen.push_back(region);
    if (seen.size() == 2)
      t.sink.report(diag::Code::W0505, loc,
                    "`" + id + "` is in region `" + region + "`, other resources of the template in `" + seen[0] + "`",
                    "a stack creates every resource in the region it is deployed to: compile each region's "
                    "buckets from a separate spec, or use the terraform target");
  };
  for (const auto& b : t.model.buckets) note(b.region, b.id, where(b.region_origin, b.loc));
  for (const auto& v : t.model.vaults) note(v.region, v.id, v.loc);
}

}  // namespace

void report_limits(Template& t, const std::string& template_file) {
  for (const auto& b : t.model.buckets) {
    mfa_delete(t, b);
    object_lock_on_existing_bucket(t, b, template_file);
  }
  for (const auto& v : t.model.vaults) vault(t, v);
  regions(t);
}

}  // namespace bslc::emit::cfn
