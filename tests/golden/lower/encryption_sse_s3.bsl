// SSE-S3 default encryption, no header required: uploads without an encryption
// header are encrypted by default encryption; only SSE-C uploads are refused.
account owner  = "111122223333"
role    writer = "arn:aws:iam::111122223333:role/Writer"

bucket data {
  name    "acme-enc-sse-s3"
  region  "us-east-1"
  account owner
  encryption sse_s3
  grant writer write
}

test "uploads without a header rely on default encryption" {
  expect allow writer s3:PutObject "data/a.bin"
  expect allow writer s3:PutObject "data/a.bin" with { s3:x-amz-server-side-encryption = "AES256" }
  expect deny  writer s3:PutObject "data/a.bin" with { s3:x-amz-server-side-encryption-customer-algorithm = "AES256" }
}
