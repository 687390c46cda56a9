// TLS-only (the secure default, written out): every request over plain HTTP is
// denied, on the bucket and on its objects.
account owner  = "111122223333"
role    reader = "arn:aws:iam::111122223333:role/Reader"

bucket data {
  name    "acme-transport-tls-only"
  region  "us-east-1"
  account owner
  transport tls_only
  grant reader read
  grant reader list
}

test "plain HTTP is refused, HTTPS works" {
  expect allow reader s3:GetObject  "data/report.csv"
  expect allow reader s3:ListBucket "data"
  expect deny  reader s3:GetObject  "data/report.csv" with { aws:SecureTransport = false }
  expect deny  reader s3:ListBucket "data" with { aws:SecureTransport = false }
  expect deny  anonymous s3:GetObject "data/report.csv"
}
