// A cross-account partner confined to prefixes: reads exports/, writes
// inbox/, lists exports/ only.
account owner   = "111122223333"
account partner = "444455556666"

bucket data {
  name    "acme-grant-account-prefix"
  region  "us-east-1"
  account owner
  grant partner read   prefix "exports/"
  grant partner write  prefix "inbox/"
  grant partner list   prefix "exports/"
  grant partner delete prefix "inbox/"
}

test "the partner stays in its prefixes" {
  expect allow partner s3:GetObject    "data/exports/2026-11.csv"
  expect deny  partner s3:GetObject    "data/private/salaries.csv"
  expect allow partner s3:PutObject    "data/inbox/upload.csv"
  expect deny  partner s3:PutObject    "data/exports/2026-11.csv"
  expect allow partner s3:ListBucket   "data" with { s3:prefix = "exports/2026" }
  expect deny  partner s3:ListBucket   "data" with { s3:prefix = "private/" }
  expect deny  partner s3:ListBucket   "data"
  expect allow partner s3:DeleteObject "data/inbox/upload.csv"
  expect deny  partner s3:DeleteObject "data/exports/2026-11.csv"
  expect deny  partner s3:DeleteObjectVersion "data/inbox/upload.csv"
  expect deny  partner s3:GetObject    "data/exports/2026-11.csv" with { aws:SecureTransport = false }
  expect deny  "arn:aws:iam::999999999999:root" s3:GetObject "data/exports/2026-11.csv"
}
