// SSE-KMS with a new key and `require header`: uploads must ask for aws:kms
// and name a key of the bucket's own account and Region (never aws/s3).
account owner  = "111122223333"
role    writer = "arn:aws:iam::111122223333:role/Writer"

bucket data {
  name    "acme-enc-kms-new-header"
  region  "us-east-1"
  account owner
  encryption sse_kms {
    key new "alias/acme-enc-kms-new-header"
    require header
  }
  grant writer write
}

test "the header and an own-account key are required" {
  expect allow writer s3:PutObject "data/a.bin" with { s3:x-amz-server-side-encryption = "aws:kms", s3:x-amz-server-side-encryption-aws-kms-key-id = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" }
  expect deny  writer s3:PutObject "data/a.bin"
  expect deny  writer s3:PutObject "data/a.bin" with { s3:x-amz-server-side-encryption = "aws:kms" }
  expect deny  writer s3:PutObject "data/a.bin" with { s3:x-amz-server-side-encryption = "aws:kms", s3:x-amz-server-side-encryption-aws-kms-key-id = "arn:aws:kms:us-east-1:999999999999:key/1234abcd-12ab-34cd-56ef-1234567890ab" }
  expect deny  writer s3:PutObject "data/a.bin" with { s3:x-amz-server-side-encryption = "AES256" }
}
