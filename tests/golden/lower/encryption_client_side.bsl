// Client-side encryption: objects arrive encrypted; S3 adds SSE-S3 as a
// second layer by default and SSE-C uploads are refused.
account owner  = "111122223333"
role    writer = "arn:aws:iam::111122223333:role/Writer"

bucket data {
  name    "acme-enc-client-side"
  region  "us-east-1"
  account owner
  encryption client_side
  grant writer write
}

test "uploads go through" {
  expect allow writer s3:PutObject "data/a.bin"
  expect deny  writer s3:PutObject "data/a.bin" with { s3:x-amz-server-side-encryption-customer-algorithm = "AES256" }
}
