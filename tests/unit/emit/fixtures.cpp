#include "fixtures.h"

#include <nlohmann/json.hpp>

#include "policy/json_value.h"

namespace bslc::emit::testing {
namespace {

const SourcePtr& spec_source() {
  static const SourcePtr source = std::make_shared<const Source>("spec.bsl", std::string(400, ' '));
  return source;
}

ir::Origin at(uint32_t begin) { return ir::Origin{spec_location(begin, begin + 4), false, ""}; }

ir::Bucket bucket(const std::string& id, const std::string& name, uint32_t loc) {
  ir::Bucket b;
  b.id = id;
  b.name = name;
  b.account = "111122223333";
  b.loc = spec_location(loc, loc + static_cast<uint32_t>(id.size()));
  return b;
}

policy::Statement deny_insecure_transport(const ir::Bucket& b) {
  policy::Statement s;
  s.sid = "DenyInsecureTransport";
  s.effect = policy::Effect::Deny;
  s.principal = policy::everyone();
  s.actions = {"s3:*"};
  s.resources = {b.arn(), b.objects_arn()};
  s.condition["Bool"]["aws:SecureTransport"] = {"false"};
  return s;
}

policy::Document records_policy(const ir::Bucket& b) {
  policy::Document doc;
  doc.statements.push_back(deny_insecure_transport(b));
  policy::Statement partner;
  partner.sid = "AllowPartnerReadExports";
  partner.principal = policy::aws_principal({"arn:aws:iam::444455556666:root"});
  partner.actions = {"s3:GetObject"};
  partner.resources = {b.arn() + "/exports/*"};
  doc.statements.push_back(partner);
  // IAM policy variables and characters that IaC formats treat specially.
  policy::Statement homes;
  homes.sid = "AllowClinicianHomeFolders";
  homes.principal = policy::aws_principal({"arn:aws:iam::111122223333:role/Clinician"});
  homes.actions = {"s3:GetObject", "s3:PutObject"};
  homes.resources = {b.arn() + "/home/${aws:username}/*"};
  homes.condition["StringNotEquals"]["s3:ExistingObjectTag/Note"] = {"say \"hi\" \\ %{if x} ${y} $",
                                                                     "line1\nline2\ttab"};
  homes.condition["StringEquals"]["s3:x-amz-server-side-encryption"] = {"aws:kms"};
  doc.statements.push_back(homes);
  policy::Statement list;
  list.sid = "AllowOrgList";
  list.principal = policy::everyone();
  list.actions = {"s3:ListBucket"};
  list.resources = {b.arn()};
  list.condition["StringEquals"]["aws:PrincipalOrgID"] = {"o-a1b2c3d4e5"};
  doc.statements.push_back(list);
  return doc;
}

policy::Document log_target_policy(const ir::Bucket& target, const ir::Bucket& source) {
  policy::Document doc;
  doc.statements.push_back(deny_insecure_transport(target));
  policy::Statement delivery;
  delivery.sid = "AllowS3ServerAccessLogDelivery";
  delivery.principal = policy::service_principal("logging.s3.amazonaws.com");
  delivery.actions = {"s3:PutObject"};
  delivery.resources = {target.arn() + "/records/*"};
  delivery.condition["ArnLike"]["aws:SourceArn"] = {source.arn()};
  delivery.condition["StringEquals"]["aws:SourceAccount"] = {"111122223333"};
  doc.statements.push_back(delivery);
  return doc;
}

policy::Document trail_target_policy(const ir::Bucket& target) {
  policy::Document doc;
  policy::Statement acl;
  acl.sid = "AllowCloudTrailAclCheck";
  acl.principal = policy::service_principal("cloudtrail.amazonaws.com");
  acl.actions = {"s3:GetBucketAcl"};
  acl.resources = {target.arn()};
  doc.statements.push_back(acl);
  policy::Statement write;
  write.sid = "AllowCloudTrailWrite";
  write.principal = policy::service_principal("cloudtrail.amazonaws.com");
  write.actions = {"s3:PutObject"};
  write.resources = {target.arn() + "/AWSLogs/111122223333/*"};
  write.condition["StringEquals"]["s3:x-amz-acl"] = {"bucket-owner-full-control"};
  write.condition["StringEquals"]["aws:SourceArn"] = {
      "arn:aws:cloudtrail:us-east-1:111122223333:trail/acme-patient-records-data-events"};
  doc.statements.push_back(write);
  doc.statements.push_back(deny_insecure_transport(target));
  return doc;
}

policy::Document key_policy(const ir::Bucket& b) {
  policy::Document doc;
  policy::Statement root;
  root.sid = "EnableAccountAdministration";
  root.principal = policy::aws_principal({"arn:aws:iam::111122223333:root"});
  root.actions = {"kms:*"};
  root.resources = {"*"};
  doc.statements.push_back(root);
  policy::Statement partner;
  partner.sid = "AllowPartnerDecryptViaS3";
  partner.principal = policy::aws_principal({"arn:aws:iam::444455556666:root"});
  partner.actions = {"kms:Decrypt", "kms:DescribeKey"};
  partner.resources = {"*"};
  partner.condition["StringEquals"]["kms:ViaService"] = {"s3.us-east-1.amazonaws.com"};
  partner.condition["StringLike"]["kms:EncryptionContext:aws:s3:arn"] = {b.arn() + "/exports/*"};
  doc.statements.push_back(partner);
  return doc;
}

policy::Document vault_lock_policy(const ir::Vault& v) {
  policy::Document doc;
  policy::Statement s;
  s.sid = "DenyDeleteArchivesYoungerThan365Days";
  s.effect = policy::Effect::Deny;
  s.principal = policy::everyone();
  s.actions = {"glacier:DeleteArchive"};
  s.resources = {v.arn()};
  s.condition["NumericLessThan"]["glacier:ArchiveAgeInDays"] = {"365"};
  doc.statements.push_back(s);
  return doc;
}

lower::TracedDocument traced(policy::Document doc) { return lower::TracedDocument{std::move(doc), {}}; }

}  // namespace

Location spec_location(uint32_t begin, uint32_t end) { return Location{spec_source(), Span{begin, end}}; }

ir::Model full_model() {
  ir::Model m;
  ir::Bucket records = bucket("records", "acme-patient-records", 10);
  records.encryption.mode = ir::EncryptionMode::SseKms;
  records.encryption.key = ir::KeyKind::New;
  records.encryption.key_alias = "alias/patient-records";
  records.encryption.bucket_key = true;
  records.encryption.require_header = true;
  records.versioning.state = ir::VersioningState::Enabled;
  records.versioning.origin = at(40);
  records.versioning.mfa_delete = true;
  records.versioning.mfa_delete_origin = at(50);
  records.object_lock.enabled = true;
  records.object_lock.mode = ir::LockMode::Compliance;
  records.object_lock.years = 7;
  records.object_lock.origin = at(60);
  records.logging = ir::Logging{"logs", "acme-access-logs", "records/", at(70)};
  ir::CorsRule cors;
  cors.id = "portal";
  cors.origins = {"https://portal.example.com"};
  cors.methods = {ir::HttpMethod::Get, ir::HttpMethod::Put};
  cors.headers = {"*"};
  cors.expose = {"ETag"};
  cors.max_age_seconds = 3000;
  records.cors.push_back(cors);
  records.notifications.push_back({"s3:ObjectCreated:*", "incoming/", "", ir::NotifyTarget::Sqs,
                                   "arn:aws:sqs:us-east-1:111122223333:ingest", at(80)});
  records.notifications.push_back(
      {"s3:ObjectRemoved:*", "", ".pdf", ir::NotifyTarget::Sns, "arn:aws:sns:us-east-1:111122223333:removed", at(90)});
  records.notifications.push_back({"s3:ObjectCreated:Put", "scan/", ".csv", ir::NotifyTarget::Lambda,
                                   "arn:aws:lambda:us-east-1:111122223333:function:scan", at(100)});
  records.notifications.push_back({"s3:ObjectCreated:*", "", "", ir::NotifyTarget::EventBridge, "", at(110)});
  records.audit = ir::Audit{ir::AuditScope::All, "audit_logs", "acme-audit-trail", at(120)};
  m.buckets.push_back(records);

  ir::Bucket logs = bucket("logs", "acme-access-logs", 150);
  m.buckets.push_back(logs);

  ir::Bucket audit = bucket("audit_logs", "acme-audit-trail", 170);
  m.buckets.push_back(audit);

  ir::Bucket exports = bucket("exports", "acme-exports", 190);
  exports.encryption.mode = ir::EncryptionMode::DsseKms;
  exports.encryption.key = ir::KeyKind::AwsManaged;
  exports.ownership = ir::Ownership::ObjectWriter;
  exports.ownership_reason = "legacy uploader sets ACLs";
  exports.public_access.block_public_acls = false;
  exports.public_access.ignore_public_acls = false;
  exports.public_access.reason = "legacy uploader";
  exports.versioning.state = ir::VersioningState::Enabled;
  exports.object_lock.enabled = true;
  exports.object_lock.mode = ir::LockMode::Governance;
  exports.object_lock.days = 30;
  exports.object_lock.origin = at(200);
  exports.audit = ir::Audit{ir::AuditScope::Write, "", "central-trail-bucket", at(210)};
  m.buckets.push_back(exports);

  ir::Bucket partner = bucket("partner_copy", "acme-partner-copy", 230);
  partner.encryption.mode = ir::EncryptionMode::SseKms;
  partner.encryption.key = ir::KeyKind::Arn;
  partner.encryption.key_arn = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";
  partner.encryption.bucket_key = true;
  partner.versioning.state = ir::VersioningState::Suspended;
  m.buckets.push_back(partner);

  ir::Vault archive;
  archive.id = "archive";
  archive.name = "acme-claims-archive";
  archive.account = "111122223333";
  archive.lock_min_age_days = 365;
  archive.lock_origin = at(300);
  archive.loc = spec_location(290, 297);
  m.vaults.push_back(archive);
  return m;
}

lower::Output full_docs(const ir::Model& m) {
  lower::Output out;
  const ir::Bucket& records = *m.find_bucket("records");
  lower::BucketOutput r;
  r.bucket_id = "records";
  r.bucket_policy = traced(records_policy(records));
  r.key_policy_kind = lower::KeyPolicyKind::NewKey;
  r.key_policy = traced(key_policy(records));
  out.buckets.push_back(r);

  lower::BucketOutput l;
  l.bucket_id = "logs";
  l.bucket_policy = traced(log_target_policy(*m.find_bucket("logs"), records));
  out.buckets.push_back(l);

  lower::BucketOutput a;
  a.bucket_id = "audit_logs";
  a.bucket_policy = traced(trail_target_policy(*m.find_bucket("audit_logs")));
  out.buckets.push_back(a);

  for (const char* id : {"exports", "partner_copy"}) {
    lower::BucketOutput b;
    b.bucket_id = id;
    policy::Document doc;
    doc.statements.push_back(deny_insecure_transport(*m.find_bucket(id)));
    b.bucket_policy = traced(doc);
    out.buckets.push_back(b);
  }

  lower::VaultOutput v;
  v.vault_id = "archive";
  v.lock_policy = traced(vault_lock_policy(m.vaults.front()));
  out.vaults.push_back(v);
  return out;
}

ir::Model minimal_model() {
  ir::Model m;
  m.buckets.push_back(bucket("data", "acme-data", 10));
  return m;
}

lower::Output minimal_docs(const ir::Model& m) {
  lower::Output out;
  lower::BucketOutput b;
  b.bucket_id = "data";
  policy::Document doc;
  doc.statements.push_back(deny_insecure_transport(m.buckets.front()));
  b.bucket_policy = traced(doc);
  out.buckets.push_back(b);
  return out;
}

nlohmann::json policy_json(const policy::Document& doc) { return nlohmann::json(policy::to_json_value(doc)); }

}  // namespace bslc::emit::testing
