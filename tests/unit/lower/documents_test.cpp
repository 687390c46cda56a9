// Whole documents compared as the exact JSON the writer produces.
#include <gtest/gtest.h>

#include "fixture.h"

namespace bslc::lower::testing {
namespace {

TEST(Documents, EmptyBucketGetsTheSecureDefaults) {
  const auto l = run(bucket());
  EXPECT_EQ(policy::write_json(l.bucket().bucket_policy.document), R"({
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "DenyInsecureTransport",
      "Effect": "Deny",
      "Principal": "*",
      "Action": "s3:*",
      "Resource": [
        "arn:aws:s3:::acme-records",
        "arn:aws:s3:::acme-records/*"
      ],
      "Condition": {
        "Bool": {
          "aws:SecureTransport": "false"
        }
      }
    },
    {
      "Sid": "DenySseCUploads",
      "Effect": "Deny",
      "Principal": "*",
      "Action": "s3:PutObject",
      "Resource": "arn:aws:s3:::acme-records/*",
      "Condition": {
        "Null": {
          "s3:x-amz-server-side-encryption-customer-algorithm": "false"
        }
      }
    }
  ]
}
)");
  EXPECT_EQ(l.bucket().key_policy_kind, KeyPolicyKind::None);
  EXPECT_TRUE(l.bucket().identity_policies.empty());
}

TEST(Documents, PartnerShareWithNewKmsKey) {
  ir::Bucket b = bucket();
  b.encryption.mode = ir::EncryptionMode::SseKms;
  b.encryption.key = ir::KeyKind::New;
  b.encryption.key_alias = "alias/records";
  b.encryption.key_origin = origin(3);
  b.encryption.require_header = true;
  b.encryption.require_origin = origin(4);
  b.grants.push_back(grant(account("partner", kPartner), ir::AccessLevel::Read, "exports/", 12));
  const auto l = run(b);
  ASSERT_TRUE(l.diagnostics.empty());
  EXPECT_EQ(policy::write_json(l.bucket().bucket_policy.document), R"({
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "DenyInsecureTransport",
      "Effect": "Deny",
      "Principal": "*",
      "Action": "s3:*",
      "Resource": [
        "arn:aws:s3:::acme-records",
        "arn:aws:s3:::acme-records/*"
      ],
      "Condition": {
        "Bool": {
          "aws:SecureTransport": "false"
        }
      }
    },
    {
      "Sid": "DenyWrongEncryptionAlgorithm",
      "Effect": "Deny",
      "Principal": "*",
      "Action": "s3:PutObject",
      "Resource": "arn:aws:s3:::acme-records/*",
      "Condition": {
        "Null": {
          "s3:x-amz-server-side-encryption": "false"
        },
        "StringNotEquals": {
          "s3:x-amz-server-side-encryption": "aws:kms"
        }
      }
    },
    {
      "Sid": "DenyAwsManagedKeyFallback",
      "Effect": "Deny",
      "Principal": "*",
      "Action": "s3:PutObject",
      "Resource": "arn:aws:s3:::acme-records/*",
      "Condition": {
        "Null": {
          "s3:x-amz-server-side-encryption-aws-kms-key-id": "true"
        },
        "StringEquals": {
          "s3:x-amz-server-side-encryption": "aws:kms"
        }
      }
    },
    {
      "Sid": "DenyForeignKmsKey",
      "Effect": "Deny",
      "Principal": "*",
      "Action": "s3:PutObject",
      "Resource": "arn:aws:s3:::acme-records/*",
      "Condition": {
        "ArnNotLike": {
          "s3:x-amz-server-side-encryption-aws-kms-key-id": "arn:aws:kms:us-east-1:111122223333:key/*"
        },
        "Null": {
          "s3:x-amz-server-side-encryption-aws-kms-key-id": "false"
        }
      }
    },
    {
      "Sid": "DenySseCUploads",
      "Effect": "Deny",
      "Principal": "*",
      "Action": "s3:PutObject",
      "Resource": "arn:aws:s3:::acme-records/*",
      "Condition": {
        "Null": {
          "s3:x-amz-server-side-encryption-customer-algorithm": "false"
        }
      }
    },
    {
      "Sid": "AllowPartnerReadExports",
      "Effect": "Allow",
      "Principal": {
        "AWS": "arn:aws:iam::444455556666:root"
      },
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::acme-records/exports/*"
    }
  ]
}
)");
  EXPECT_EQ(policy::write_json(l.bucket().key_policy.document), R"({
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AllowAccountRootAdministration",
      "Effect": "Allow",
      "Principal": {
        "AWS": "arn:aws:iam::111122223333:root"
      },
      "Action": "kms:*",
      "Resource": "*"
    },
    {
      "Sid": "AllowPartnerUseKeyViaS3",
      "Effect": "Allow",
      "Principal": {
        "AWS": "arn:aws:iam::444455556666:root"
      },
      "Action": "kms:Decrypt",
      "Resource": "*",
      "Condition": {
        "StringEquals": {
          "kms:CallerAccount": "444455556666",
          "kms:ViaService": "s3.us-east-1.amazonaws.com"
        },
        "StringLike": {
          "kms:EncryptionContext:aws:s3:arn": [
            "arn:aws:s3:::acme-records",
            "arn:aws:s3:::acme-records/*"
          ]
        }
      }
    }
  ]
}
)");
  EXPECT_EQ(policy::write_json(l.bucket().identity_policies.at("partner").document), R"({
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AllowPartnerReadExports",
      "Effect": "Allow",
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::acme-records/exports/*"
    },
    {
      "Sid": "AllowPartnerUseKeyViaS3",
      "Effect": "Allow",
      "Action": "kms:Decrypt",
      "Resource": "arn:aws:kms:us-east-1:111122223333:key/*",
      "Condition": {
        "StringEquals": {
          "kms:ViaService": "s3.us-east-1.amazonaws.com"
        },
        "StringLike": {
          "kms:EncryptionContext:aws:s3:arn": [
            "arn:aws:s3:::acme-records",
            "arn:aws:s3:::acme-records/*"
          ]
        }
      }
    }
  ]
}
)");
  // sources: Sid -> spec line.
  const auto& sources = l.bucket().bucket_policy.sources;
  EXPECT_EQ(line_of(sources.at("DenyInsecureTransport")), 1u);
  EXPECT_EQ(line_of(sources.at("DenyWrongEncryptionAlgorithm")), 4u);
  EXPECT_EQ(line_of(sources.at("DenyForeignKmsKey")), 3u);
  EXPECT_EQ(line_of(sources.at("AllowPartnerReadExports")), 12u);
}

}  // namespace
}  // namespace bslc::lower::testing
