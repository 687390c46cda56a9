// Grants (reference §1.2-1.10): one Allow per grant and resource type, so
// bucket-level actions (ListBucket) target the bucket ARN and object-level
// actions the object ARN, never mixed in one statement.
//
// Levels: read = GetObject; write = PutObject + AbortMultipartUpload (so a
// writer can clean up its own failed multipart uploads); read_write = both;
// list = ListBucket (with StringLike s3:prefix "<prefix>*" when scoped, which
// refuses unscoped listings: the key is absent, StringLike is then false);
// delete = DeleteObject only. Permanent version deletion (DeleteObjectVersion)
// is never granted implicitly.
//
// Who, and how:
//   account        {"AWS": "arn:aws:iam::A:root"}: delegates to A's IAM policies
//   role / user    {"AWS": ARN}
//   organization   "*" + StringEquals aws:PrincipalOrgID (a fixed org id keeps
//                  the statement non-public, reference §4.2)
//   CloudFront     {"Service": "cloudfront.amazonaws.com"} + ArnLike
//                  aws:SourceArn = the distribution ARN (OAC; ARN-typed key,
//                  so an ARN operator)
//   other service  {"Service": host} + StringEquals aws:SourceAccount = the
//                  bucket's account when known (confused-deputy protection)
//   public         "*" with no condition: only for an explicit public grant
#include <fmt/format.h>

#include <algorithm>

#include "lower/capabilities.h"

namespace bslc::lower::detail {
namespace {

const char* level_words(ir::AccessLevel level) {
  switch (level) {
    case ir::AccessLevel::Read: return "Read";
    case ir::AccessLevel::Write: return "Write";
    case ir::AccessLevel::ReadWrite: return "ReadWrite";
    case ir::AccessLevel::List: return "List";
    case ir::AccessLevel::Delete: return "Delete";
  }
  return "";
}

bool writes(ir::AccessLevel level) { return level == ir::AccessLevel::Write || level == ir::AccessLevel::ReadWrite; }

}  // namespace

// The Principal element and the conditions that pin it.
policy::Statement grant_statement(const ir::Bucket& b, const ir::Principal& who, const GrantAccess& access) {
  auto st = statement(policy::Effect::Allow, std::nullopt, access.actions, access.resources);
  st.condition = access.condition;
  switch (who.kind) {
    case ir::PrincipalKind::Account:
    case ir::PrincipalKind::Role:
    case ir::PrincipalKind::User: st.principal = aws_principals({who.principal_arn()}); break;
    case ir::PrincipalKind::Org:
      st.principal = everyone();
      add_condition(st, "StringEquals", "aws:PrincipalOrgID", {who.value});
      break;
    case ir::PrincipalKind::CloudFront:
      st.principal = service_principals({"cloudfront.amazonaws.com"});
      add_condition(st, "ArnLike", "aws:SourceArn", {who.value});
      break;
    case ir::PrincipalKind::Service:
      st.principal = service_principals({who.value});
      if (!b.account.empty()) add_condition(st, "StringEquals", "aws:SourceAccount", {b.account});
      break;
    case ir::PrincipalKind::Public: st.principal = everyone(); break;
  }
  return st;
}

namespace {

void add_unique(std::vector<std::string>& into, const std::string& value) {
  if (std::find(into.begin(), into.end(), value) == into.end()) into.push_back(value);
}

}  // namespace

std::vector<GrantAccess> grant_access(const ir::Bucket& b, const ir::Grant& g) {
  GrantAccess access;
  access.sid_base = "Allow" + camel(g.grantee.name) + level_words(g.level) + camel(g.prefix);
  switch (g.level) {
    case ir::AccessLevel::Read: access.actions = {"s3:GetObject"}; break;
    case ir::AccessLevel::Write: access.actions = {"s3:PutObject", "s3:AbortMultipartUpload"}; break;
    case ir::AccessLevel::ReadWrite:
      access.actions = {"s3:GetObject", "s3:PutObject", "s3:AbortMultipartUpload"};
      break;
    case ir::AccessLevel::Delete: access.actions = {"s3:DeleteObject"}; break;
    case ir::AccessLevel::List:
      access.actions = {"s3:ListBucket"};
      access.resources = {b.arn()};
      if (!g.prefix.empty()) access.condition["StringLike"]["s3:prefix"] = {escape_wildcards(g.prefix) + "*"};
      return {access};
  }
  access.resources = {g.prefix.empty() ? b.objects_arn() : objects_resource(b, g.prefix)};
  return {access};
}

std::vector<std::string> kms_actions_for(ir::AccessLevel level) {
  switch (level) {
    case ir::AccessLevel::Read: return {"kms:Decrypt"};
    case ir::AccessLevel::Write:
    case ir::AccessLevel::ReadWrite: return {"kms:GenerateDataKey", "kms:Decrypt"};
    case ir::AccessLevel::List:
    case ir::AccessLevel::Delete: return {};
  }
  return {};
}

void merge_actions(std::vector<std::string>& into, const std::vector<std::string>& more) {
  for (const auto& a : more) add_unique(into, a);
  // Fixed order whatever the grant order: GenerateDataKey before Decrypt.
  std::stable_sort(into.begin(), into.end(), [](const std::string& x, const std::string& y) {
    return (x == "kms:GenerateDataKey") > (y == "kms:GenerateDataKey");
  });
}

bool is_cross_account(const ir::Bucket& b, const ir::Principal& p) {
  switch (p.kind) {
    case ir::PrincipalKind::Account:
    case ir::PrincipalKind::Role:
    case ir::PrincipalKind::User: return b.account.empty() || p.account.empty() || p.account != b.account;
    default: return false;
  }
}

bool uses_kms(const ir::Encryption& e) {
  return e.mode == ir::EncryptionMode::SseKms || e.mode == ir::EncryptionMode::DsseKms;
}

std::string kms_key_pattern(const ir::Bucket& b) {
  return "arn:aws:kms:" + b.region + ":" + (b.account.empty() ? std::string("*") : b.account) + ":key/*";
}

void add_kms_via_s3(policy::Statement& st, const ir::Bucket& b) {
  add_condition(st, "StringEquals", "kms:ViaService", {"s3." + b.region + ".amazonaws.com"});
  add_condition(st, "StringLike", "kms:EncryptionContext:aws:s3:arn", {b.arn(), b.objects_arn()});
}

BucketContext make_context(const ir::Model& model, const ir::Bucket& bucket) {
  BucketContext ctx{model, bucket, {}, {}};
  for (const ir::Bucket& source : model.buckets) {
    if (source.logging && (source.logging->target_id.empty() ? source.logging->target_name == bucket.name
                                                             : source.logging->target_id == bucket.id))
      add_unique(ctx.writer_services, "logging.s3.amazonaws.com");
  }
  for (const ir::Bucket& source : model.buckets) {
    if (source.audit && (source.audit->trail_bucket_id.empty() ? source.audit->trail_bucket_name == bucket.name
                                                               : source.audit->trail_bucket_id == bucket.id))
      add_unique(ctx.writer_services, "cloudtrail.amazonaws.com");
  }
  for (const ir::Grant& g : bucket.grants) {
    if (!writes(g.level)) continue;
    if (g.grantee.kind == ir::PrincipalKind::Service) add_unique(ctx.writer_services, g.grantee.value);
    if (g.grantee.kind == ir::PrincipalKind::CloudFront) add_unique(ctx.writer_services, "cloudfront.amazonaws.com");
  }
  return ctx;
}

void lower_grants(BucketContext& ctx, DocumentBuilder& doc, diag::DiagnosticSink& sink) {
  const ir::Bucket& b = ctx.bucket;
  for (size_t i = 0; i < b.grants.size(); ++i) {
    const ir::Grant& g = b.grants[i];
    // A service principal acts for every account that uses the service: only
    // aws:SourceAccount confines it to this bucket's owner (confused deputy).
    if (g.grantee.kind == ir::PrincipalKind::Service && b.account.empty()) {
      sink.report(diag::Code::E0505, g.origin.loc.valid() ? g.origin.loc : b.loc,
                  fmt::format("the grant to service `{}` needs the account id of bucket `{}`", g.grantee.value, b.id),
                  "add `account \"<12-digit id>\"` to the bucket; without it the service would act here for any "
                  "account");
      continue;
    }
    for (const GrantAccess& access : grant_access(b, g))
      ctx.sids.grant[i].push_back(doc.add(access.sid_base, grant_statement(b, g.grantee, access), g.origin));
  }
}

}  // namespace bslc::lower::detail
