// SSE-KMS with an existing key and `require header`: uploads must name exactly
// that key (ArnNotEquals is negated, so a missing key id is refused too).
account owner  = "111122223333"
role    writer = "arn:aws:iam::111122223333:role/Writer"

bucket data {
  name    "acme-enc-kms-arn-header"
  region  "us-east-1"
  account owner
  encryption sse_kms {
    key arn "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab"
    require header
  }
  grant writer write
}

test "only the pinned key" {
  expect allow writer s3:PutObject "data/a.bin" with { s3:x-amz-server-side-encryption = "aws:kms", s3:x-amz-server-side-encryption-aws-kms-key-id = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" }
  expect deny  writer s3:PutObject "data/a.bin" with { s3:x-amz-server-side-encryption = "aws:kms" }
  expect deny  writer s3:PutObject "data/a.bin" with { s3:x-amz-server-side-encryption = "aws:kms", s3:x-amz-server-side-encryption-aws-kms-key-id = "arn:aws:kms:us-east-1:111122223333:key/00000000-0000-0000-0000-000000000000" }
  expect deny  writer s3:PutObject "data/a.bin"
}
