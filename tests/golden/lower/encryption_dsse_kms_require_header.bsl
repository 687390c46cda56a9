// DSSE-KMS with a new key and `require header`: uploads must ask for
// aws:kms:dsse with a key of the bucket's account and Region.
account owner  = "111122223333"
role    writer = "arn:aws:iam::111122223333:role/Writer"

bucket data {
  name    "acme-enc-dsse-header"
  region  "us-east-1"
  account owner
  encryption dsse_kms {
    key new
    require header
  }
  grant writer write
}

test "the dual-layer header is required" {
  expect allow writer s3:PutObject "data/a.bin" with { s3:x-amz-server-side-encryption = "aws:kms:dsse", s3:x-amz-server-side-encryption-aws-kms-key-id = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" }
  expect deny  writer s3:PutObject "data/a.bin" with { s3:x-amz-server-side-encryption = "aws:kms", s3:x-amz-server-side-encryption-aws-kms-key-id = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" }
  expect deny  writer s3:PutObject "data/a.bin"
}
