// Plain HTTP allowed, with the written reason the secure default demands:
// no DenyInsecureTransport statement.
account owner   = "111122223333"
role    scanner = "arn:aws:iam::111122223333:role/LegacyScanner"

bucket data {
  name    "acme-transport-allow-http"
  region  "us-east-1"
  account owner
  transport allow_http because "legacy scanner without TLS support, retired in Q3"
  grant scanner read
}

test "the legacy scanner reads over HTTP and HTTPS" {
  expect allow scanner s3:GetObject "data/scan.bin" with { aws:SecureTransport = false }
  expect allow scanner s3:GetObject "data/scan.bin"
  expect deny  anonymous s3:GetObject "data/scan.bin" with { aws:SecureTransport = false }
}
