// stdlib profile `worm_archive`: compliance-mode object lock for 7 years,
// versioning, TLS 1.2+, MFA for deletes.
import "worm_archive"

account owner   = "111122223333"
role    shipper = "arn:aws:iam::111122223333:role/LogShipper"

bucket archive {
  name    "acme-profile-worm"
  region  "us-east-1"
  account owner
  use     worm_archive
  grant shipper write
  acknowledge W0409 because "records must be kept unaltered for seven years (SEC 17a-4)"
}

test "the shipper appends, nobody deletes without MFA" {
  expect allow shipper s3:PutObject "archive/2026/11/23/batch.json.gz"
  expect deny  shipper s3:DeleteObject "archive/2026/11/23/batch.json.gz"
  expect deny  shipper s3:PutObject "archive/2026/11/23/batch.json.gz" with { s3:TlsVersion = 1.1 }
}
