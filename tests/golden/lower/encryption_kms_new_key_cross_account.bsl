// SSE-KMS with a new key, read by another account and written by a role of a
// third account: the key policy lets each use the key through S3 only (with
// the actions its level needs), and each grantee's account gets the identity
// policy it must attach, including its KMS statement.
account owner   = "111122223333"
account partner = "444455556666"
role    loader  = "arn:aws:iam::777788889999:role/Loader"
org     acme    = "o-a1b2c3d4e5"

bucket data {
  name    "acme-enc-kms-xacct"
  region  "us-east-1"
  account owner
  encryption sse_kms {
    key        new "alias/acme-enc-kms-xacct"
    bucket_key on
  }
  grant partner read prefix "exports/"
  grant loader write prefix "incoming/"
  grant org acme list
}

test "cross-account access over TLS" {
  expect allow "arn:aws:iam::111122223333:role/Analyst" s3:ListBucket "data" with { aws:PrincipalOrgID = "o-a1b2c3d4e5" }
  expect deny  partner s3:GetObject "data/exports/a.csv" with { aws:SecureTransport = false }
  expect deny  loader s3:GetObject "data/incoming/a.csv"
}
