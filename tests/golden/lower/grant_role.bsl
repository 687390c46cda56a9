// Grants to an IAM role of the bucket's own account at every level, with and
// without a prefix (same account: no identity policy is emitted).
account owner = "111122223333"
role    app   = "arn:aws:iam::111122223333:role/App"

bucket data {
  name    "acme-grant-role"
  region  "us-east-1"
  account owner
  grant app read
  grant app read       prefix "public/"
  grant app write
  grant app write      prefix "uploads/"
  grant app read_write
  grant app read_write prefix "work/"
  grant app list
  grant app list       prefix "public/"
  grant app delete
  grant app delete     prefix "tmp/"
  acknowledge W0606 because "every level is listed with and without a prefix to pin its statement"
}

test "the role's levels" {
  expect allow app s3:GetObject    "data/any/file"
  expect allow app s3:PutObject    "data/uploads/file"
  expect allow app s3:ListBucket   "data"
  expect allow app s3:DeleteObject "data/tmp/file"
  expect deny  app s3:DeleteObjectVersion "data/tmp/file"
  expect deny  app s3:PutBucketPolicy "data"
  expect deny  app s3:GetObject    "data/any/file" with { aws:SecureTransport = false }
}
