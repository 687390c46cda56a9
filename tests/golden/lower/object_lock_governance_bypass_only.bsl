// Governance-mode object lock for 30 days; only the backup admin may bypass
// retention.
account owner = "111122223333"
role    admin = "arn:aws:iam::111122223333:role/BackupAdmin"
role    ops   = "arn:aws:iam::111122223333:role/Ops"

bucket backups {
  name    "acme-lock-governance"
  region  "us-east-1"
  account owner
  versioning on
  object_lock governance 30 days { bypass only admin }
  grant ops read_write
}

test "only the admin bypasses governance retention" {
  expect deny ops s3:BypassGovernanceRetention "backups/db.dump"
  expect deny "arn:aws:iam::111122223333:role/Other" s3:BypassGovernanceRetention "backups/db.dump"
}
