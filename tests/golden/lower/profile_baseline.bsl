// stdlib profile `baseline`: TLS 1.2+, Block Public Access, ACLs off, versioning.
import "baseline"

account owner = "111122223333"

bucket data {
  name    "acme-profile-baseline"
  region  "us-east-1"
  account owner
  use     baseline
}

test "TLS 1.2 or later only" {
  expect deny "arn:aws:iam::111122223333:role/App" s3:GetObject "data/a.csv" with { s3:TlsVersion = 1.1 }
  expect deny "arn:aws:iam::111122223333:role/App" s3:GetObject "data/a.csv" with { aws:SecureTransport = false }
}
