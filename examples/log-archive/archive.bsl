// Audit-log archive: seven years of compliance-mode object lock, access logs
// of the archive itself delivered to a separate log bucket (a log target
// cannot have object lock), and a Glacier vault for the oldest records.
import "worm_archive"
import "log_destination"

account owner   = "111122223333"
role    auditor = "arn:aws:iam::111122223333:role/Auditor"
role    shipper = "arn:aws:iam::111122223333:role/LogShipper"

bucket archive {
  name    "acme-audit-archive"
  region  "us-west-2"
  account owner
  use     worm_archive

  logging to access_logs prefix "archive/"
  grant shipper write
  grant auditor read
  grant auditor list
  acknowledge W0409 because "audit logs must be non-rewritable for seven years (SEC 17a-4)"
}

bucket access_logs {
  name    "acme-audit-archive-access-logs"
  region  "us-west-2"
  account owner
  use     log_destination
}

vault cold {
  name    "acme-audit-cold"
  region  "us-west-2"
  account owner
  lock deny delete younger_than 365 days
  acknowledge W0409 because "the lock policy is reviewed while the lock is in progress, then completed"
  acknowledge W0305 because "an existing vault from before S3 Glacier closed to new customers"
}

test "the archive cannot be shortened" {
  expect allow shipper s3:PutObject "archive/2026/11/23/trail.json.gz"
  expect deny shipper s3:DeleteObject "archive/2026/11/23/trail.json.gz"
  expect allow auditor s3:GetObject "archive/2026/11/23/trail.json.gz"
  expect deny auditor s3:GetObject "archive/2026/11/23/trail.json.gz" with { aws:SecureTransport = false }
  expect deny shipper s3:PutObject "archive/2026/11/23/trail.json.gz" with { s3:object-lock-mode = "GOVERNANCE" }
  expect deny shipper s3:PutObject "archive/2026/11/23/trail.json.gz" with { s3:object-lock-remaining-retention-days = 30 }
  expect allow shipper s3:UploadPart "archive/2026/11/23/big.json.gz"
}

property "the shipper never deletes or rewrites history" {
  never allow [s3:DeleteObject, s3:DeleteObjectVersion, s3:PutObjectRetention, s3:PutBucketPolicy] on archive by shipper
}

property "the auditor only reads" {
  never allow [s3:PutObject, s3:DeleteObject, s3:DeleteObjectVersion] on archive by auditor
}
