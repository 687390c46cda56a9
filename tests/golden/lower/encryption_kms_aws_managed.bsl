// SSE-KMS with the AWS managed key aws/s3: no key policy to emit.
account owner  = "111122223333"
role    writer = "arn:aws:iam::111122223333:role/Writer"

bucket data {
  name    "acme-enc-kms-managed"
  region  "us-east-1"
  account owner
  encryption sse_kms { key aws_managed }
  grant writer write
}

test "uploads without a header use aws/s3" {
  expect allow writer s3:PutObject "data/a.bin"
}
