#include "sim/detail/action_index.h"

#include "sim/detail/match.h"
#include "sim/detail/program.h"

namespace bslc::sim::detail {
namespace {

// Actions requests use most (S3 object and bucket operations, the KMS calls S3 makes).
constexpr std::string_view kCommonActions[] = {"s3:GetObject",
                                               "s3:PutObject",
                                               "s3:DeleteObject",
                                               "s3:DeleteObjectVersion",
                                               "s3:GetObjectVersion",
                                               "s3:ListBucket",
                                               "s3:ListBucketVersions",
                                               "s3:ListBucketMultipartUploads",
                                               "s3:ListMultipartUploadParts",
                                               "s3:AbortMultipartUpload",
                                               "s3:GetObjectAcl",
                                               "s3:PutObjectAcl",
                                               "s3:GetObjectTagging",
                                               "s3:PutObjectTagging",
                                               "s3:DeleteObjectTagging",
                                               "s3:GetObjectAttributes",
                                               "s3:GetObjectRetention",
                                               "s3:PutObjectRetention",
                                               "s3:GetObjectLegalHold",
                                               "s3:PutObjectLegalHold",
                                               "s3:BypassGovernanceRetention",
                                               "s3:RestoreObject",
                                               "s3:ReplicateObject",
                                               "s3:ReplicateDelete",
                                               "s3:ReplicateTags",
                                               "s3:GetBucketLocation",
                                               "s3:GetBucketPolicy",
                                               "s3:PutBucketPolicy",
                                               "s3:DeleteBucketPolicy",
                                               "s3:GetBucketPolicyStatus",
                                               "s3:GetBucketAcl",
                                               "s3:PutBucketAcl",
                                               "s3:GetBucketPublicAccessBlock",
                                               "s3:PutBucketPublicAccessBlock",
                                               "s3:GetEncryptionConfiguration",
                                               "s3:PutEncryptionConfiguration",
                                               "s3:GetBucketVersioning",
                                               "s3:PutBucketVersioning",
                                               "s3:GetBucketObjectLockConfiguration",
                                               "s3:PutBucketObjectLockConfiguration",
                                               "s3:GetBucketOwnershipControls",
                                               "s3:PutBucketOwnershipControls",
                                               "s3:GetBucketTagging",
                                               "s3:PutBucketTagging",
                                               "s3:GetBucketLogging",
                                               "s3:PutBucketLogging",
                                               "s3:GetLifecycleConfiguration",
                                               "s3:PutLifecycleConfiguration",
                                               "s3:CreateBucket",
                                               "s3:DeleteBucket",
                                               "s3:ListAllMyBuckets",
                                               "kms:Decrypt",
                                               "kms:GenerateDataKey",
                                               "kms:Encrypt",
                                               "kms:ReEncryptFrom",
                                               "kms:ReEncryptTo",
                                               "kms:DescribeKey",
                                               "kms:CreateGrant"};

}  // namespace

void ActionIndex::build(const Program& program) {
  for (auto a : kCommonActions) names_.intern(a);
  for (const auto& doc : program.documents) {
    for (const auto& st : doc.statements) {
      for (const auto& p : st.actions) {
        if (!p.has_wildcards()) names_.intern(p.source());
      }
    }
  }
  row_words_ = 0;
  for (const auto& doc : program.documents) {
    word_offset_.push_back(static_cast<uint32_t>(row_words_));
    row_words_ += (doc.statements.size() + 63) / 64;
  }
  bits_.assign(names_.size() * row_words_, 0);
  for (uint32_t row = 0; row < names_.size(); ++row) {
    const std::string& action = names_.name(row);
    for (uint32_t d = 0; d < program.documents.size(); ++d) {
      uint64_t* words = bits_.data() + row * row_words_ + word_offset_[d];
      const auto& statements = program.documents[d].statements;
      for (size_t i = 0; i < statements.size(); ++i) {
        if (statements[i].usable && action_matches(statements[i], action)) words[i >> 6] |= uint64_t{1} << (i & 63);
      }
    }
  }
}

}  // namespace bslc::sim::detail
