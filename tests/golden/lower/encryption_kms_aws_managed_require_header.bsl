// SSE-KMS with aws/s3 and `require header`: only the algorithm is checked
// (an absent key id is what selects aws/s3).
account owner  = "111122223333"
role    writer = "arn:aws:iam::111122223333:role/Writer"

bucket data {
  name    "acme-enc-kms-managed-header"
  region  "us-east-1"
  account owner
  encryption sse_kms {
    key aws_managed
    require header
  }
  grant writer write
}

test "the aws:kms header is required" {
  expect allow writer s3:PutObject "data/a.bin" with { s3:x-amz-server-side-encryption = "aws:kms" }
  expect deny  writer s3:PutObject "data/a.bin"
  expect deny  writer s3:PutObject "data/a.bin" with { s3:x-amz-server-side-encryption = "AES256" }
}
