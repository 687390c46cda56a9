// SSE-C: the policy is the only enforcement, uploads without the customer
// algorithm header are refused (and TLS-only stays on, as SSE-C requires).
account owner  = "111122223333"
role    writer = "arn:aws:iam::111122223333:role/Writer"

bucket data {
  name    "acme-enc-sse-c"
  region  "us-east-1"
  account owner
  encryption sse_c
  grant writer write
}

test "only SSE-C uploads, only over TLS" {
  expect allow writer s3:PutObject "data/a.bin" with { s3:x-amz-server-side-encryption-customer-algorithm = "AES256" }
  expect deny  writer s3:PutObject "data/a.bin"
  expect deny  writer s3:PutObject "data/a.bin" with { s3:x-amz-server-side-encryption-customer-algorithm = "AES256", aws:SecureTransport = false }
}
