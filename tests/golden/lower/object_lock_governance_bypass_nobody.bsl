// Governance-mode object lock where nobody may bypass retention.
account owner = "111122223333"
role    admin = "arn:aws:iam::111122223333:role/BackupAdmin"

bucket backups {
  name    "acme-lock-governance-nobody"
  region  "us-east-1"
  account owner
  versioning on
  object_lock governance 90 days { bypass nobody }
}

test "nobody bypasses" {
  expect deny admin s3:BypassGovernanceRetention "backups/db.dump"
}
