// TLS-only with a minimum TLS version: requests over TLS 1.0/1.1 are denied too.
account owner  = "111122223333"
role    reader = "arn:aws:iam::111122223333:role/Reader"

bucket data {
  name    "acme-transport-min-tls"
  region  "us-east-1"
  account owner
  transport tls_only { min_version 1.2 }
  grant reader read
}

test "TLS 1.2 and newer only" {
  expect allow reader s3:GetObject "data/report.csv" with { s3:TlsVersion = 1.2 }
  expect allow reader s3:GetObject "data/report.csv" with { s3:TlsVersion = 1.3 }
  expect deny  reader s3:GetObject "data/report.csv" with { s3:TlsVersion = 1.1 }
  expect deny  reader s3:GetObject "data/report.csv" with { s3:TlsVersion = 1.0 }
  expect deny  reader s3:GetObject "data/report.csv" with { aws:SecureTransport = false }
}
