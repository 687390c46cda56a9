// SSE-KMS with an existing key, pinned by ARN, no header required.
account owner  = "111122223333"
role    writer = "arn:aws:iam::111122223333:role/Writer"

bucket data {
  name    "acme-enc-kms-arn"
  region  "us-east-1"
  account owner
  encryption sse_kms { key arn "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" }
  grant writer write
}

test "uploads without a header use the default key" {
  expect allow writer s3:PutObject "data/a.bin"
}
