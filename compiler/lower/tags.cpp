// Object and principal tags (reference §3.3).
//
// Restriction "objects tagged K=V only for principals tagged K2=V2":
//   Deny GetObject/GetObjectVersion when StringEquals s3:ExistingObjectTag/K = V
//   and StringNotEquals aws:PrincipalTag/K2 = V2. The second operator is
//   negated, so a principal without the tag (and any anonymous caller) is
//   denied; an object without tag K does not match the first and is unaffected.
//
// Required tag on upload: the x-amz-tagging header travels with PutObject,
//   POST and CreateMultipartUpload but never with UploadPart or
//   CompleteMultipartUpload (S3 User Guide, "Multipart upload API and
//   permissions"), so a deny on a MISSING tag refuses every multipart upload.
//   Only a present tag with a value outside the list is denied
//   (StringNotEquals [values] with a Null false guard); a missing tag cannot
//   be refused, and the checker says so (W0303). `require tag K on upload`
//   without values therefore emits nothing.
//
// Protected tag K (tags cannot be rewritten by principals who are not cleared):
//   PutObjectTagging replaces the whole tag set, so any tagging call on an
//   object that carries K can remove or change K. Two statements, because IAM
//   ANDs conditions and we need "object carries K OR request sets K":
//   - DenyRewritingTagK: tagging calls on objects where s3:ExistingObjectTag/K
//     is present (Null false);
//   - DenySettingTagK: tagging calls whose new tag set contains K
//     (s3:RequestObjectTag/K present).
//   Only the `except` principals are exempt (docs/language.md: "nobody else
//   may change the tag"). Principals cleared by a `restrict tag` to READ
//   objects tagged K are not thereby allowed to rewrite K: a cleared reader
//   could otherwise declassify an object.
//   Uploads (PutObject) that set K are governed by `require tag`, not here.
#include "lower/capabilities.h"

namespace bslc::lower::detail {
namespace {

// Conditions that exempt the principals allowed to change tag `key`. Returns
// false when everyone is exempt.
bool exempt_listed(policy::Statement& st, const ir::ProtectedTag& tag) { return exempt_principals(st, tag.except); }

}  // namespace

void lower_tags(const BucketContext& ctx, DocumentBuilder& doc) {
  const ir::Bucket& b = ctx.bucket;

  for (const ir::TagRestriction& r : b.tag_restrictions) {
    auto st = deny_everyone({"s3:GetObject", "s3:GetObjectVersion"}, {b.objects_arn()});
    add_condition(st, "StringEquals", "s3:ExistingObjectTag/" + r.object_key, {r.object_value});
    add_condition(st, "StringNotEquals", "aws:PrincipalTag/" + r.principal_key, {r.principal_value});
    doc.add("DenyRead" + camel(r.object_key) + camel(r.object_value) + "Without" + camel(r.principal_key) +
                camel(r.principal_value),
            std::move(st), r.origin);
  }

  for (const ir::RequiredTag& t : b.required_tags) {
    auto st = deny_everyone({"s3:PutObject"}, {b.objects_arn()});
    const std::string key = "s3:RequestObjectTag/" + t.key;
    if (t.allowed.empty()) continue;
    add_condition(st, "Null", key, {"false"});
    add_condition(st, "StringNotEquals", key, t.allowed);
    doc.add("DenyUploadsWithInvalidTag" + camel(t.key), std::move(st), t.origin);
  }

  for (const ir::ProtectedTag& t : b.protected_tags) {
    auto rewriting = deny_everyone({"s3:PutObjectTagging", "s3:PutObjectVersionTagging", "s3:DeleteObjectTagging",
                                    "s3:DeleteObjectVersionTagging"},
                                   {b.objects_arn()});
    add_condition(rewriting, "Null", "s3:ExistingObjectTag/" + t.key, {"false"});
    auto setting = deny_everyone({"s3:PutObjectTagging", "s3:PutObjectVersionTagging"}, {b.objects_arn()});
    add_condition(setting, "Null", "s3:RequestObjectTag/" + t.key, {"false"});
    if (!exempt_listed(rewriting, t) || !exempt_listed(setting, t)) continue;
    doc.add("DenyRewritingTag" + camel(t.key), std::move(rewriting), t.origin);
    doc.add("DenySettingTag" + camel(t.key), std::move(setting), t.origin);
  }
}

}  // namespace bslc::lower::detail
