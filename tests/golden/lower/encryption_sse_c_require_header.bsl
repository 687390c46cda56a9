// SSE-C with `require header`: the same policy as plain sse_c (SSE-C is
// always enforced by the policy).
account owner  = "111122223333"
role    writer = "arn:aws:iam::111122223333:role/Writer"

bucket data {
  name    "acme-enc-sse-c-header"
  region  "us-east-1"
  account owner
  encryption sse_c { require header }
  grant writer write
}

test "only SSE-C uploads" {
  expect allow writer s3:PutObject "data/a.bin" with { s3:x-amz-server-side-encryption-customer-algorithm = "AES256" }
  expect deny  writer s3:PutObject "data/a.bin"
}
