// SSE-S3 with `require header`: every upload must ask for AES256.
account owner  = "111122223333"
role    writer = "arn:aws:iam::111122223333:role/Writer"

bucket data {
  name    "acme-enc-sse-s3-header"
  region  "us-east-1"
  account owner
  encryption sse_s3 { require header }
  grant writer write
}

test "the AES256 header is required" {
  expect allow writer s3:PutObject "data/a.bin" with { s3:x-amz-server-side-encryption = "AES256" }
  expect deny  writer s3:PutObject "data/a.bin"
  expect deny  writer s3:PutObject "data/a.bin" with { s3:x-amz-server-side-encryption = "aws:kms" }
}
