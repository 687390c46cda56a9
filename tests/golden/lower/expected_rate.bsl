// The expected request rate feeds the KMS request-quota check; 900 rps with a
// bucket key stays far below the us-east-1 quota, so nothing is reported.
account owner = "111122223333"

bucket data {
  name    "acme-expected-rate"
  region  "us-east-1"
  account owner
  encryption sse_kms {
    key        new "alias/acme-expected-rate"
    bucket_key on
  }
  expected_rate 900 rps
}
