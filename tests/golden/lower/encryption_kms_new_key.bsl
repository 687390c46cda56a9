// SSE-KMS with a new customer managed key (and its alias): the key, its key
// policy and the bucket's default encryption; no header required.
account owner  = "111122223333"
role    writer = "arn:aws:iam::111122223333:role/Writer"

bucket data {
  name    "acme-enc-kms-new"
  region  "us-east-1"
  account owner
  encryption sse_kms { key new "alias/acme-enc-kms-new" }
  grant writer read_write
}

test "uploads without a header use the default key" {
  expect allow writer s3:PutObject "data/a.bin"
  expect allow writer s3:GetObject "data/a.bin"
  expect deny  writer s3:PutObject "data/a.bin" with { s3:x-amz-server-side-encryption-customer-algorithm = "AES256" }
}
