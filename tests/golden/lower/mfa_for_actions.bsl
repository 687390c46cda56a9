// MFA for listed actions: bucket-level actions on the bucket ARN, object-level
// actions on the object ARN.
account owner = "111122223333"
role    admin = "arn:aws:iam::111122223333:role/Admin"
role    ops   = "arn:aws:iam::111122223333:role/Ops"

bucket data {
  name    "acme-mfa-actions"
  region  "us-east-1"
  account owner
  mfa required for [s3:PutBucketVersioning, s3:PutLifecycleConfiguration, s3:PutObjectRetention, s3:PutObjectLegalHold]
  grant ops read
}

test "sensitive actions need MFA" {
  expect deny admin s3:PutBucketVersioning "data" with { aws:MultiFactorAuthPresent = false }
  expect deny ops s3:PutObjectRetention "data/a.csv"
  expect allow ops s3:GetObject "data/a.csv"
}
