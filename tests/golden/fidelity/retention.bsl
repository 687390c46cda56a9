// Item 5 of issue 12: with a default retention an upload cannot choose
// another mode or a shorter period, and governance bypass is denied to
// everyone not listed.
account owner  = "111122223333"
role    writer = "arn:aws:iam::111122223333:role/Writer"
role    admin  = "arn:aws:iam::111122223333:role/Admin"

bucket backups {
  name    "acme-backups-retention"
  account owner
  versioning on
  object_lock governance 30 days { bypass only admin }
  grant writer read_write
}

bucket archive {
  name    "acme-archive-retention"
  account owner
  versioning on
  object_lock governance 10 days
  grant writer read_write
  acknowledge W0408 because "nobody may shorten retention; the root user is the break-glass"
}

test "uploads keep the default retention" {
  expect allow writer s3:PutObject "backups/a.tar" with { aws:SecureTransport = true }
  expect allow writer s3:PutObject "backups/a.tar" with { aws:SecureTransport = true, s3:object-lock-mode = "GOVERNANCE", s3:object-lock-remaining-retention-days = 45 }
  expect deny  writer s3:PutObject "backups/a.tar" with { aws:SecureTransport = true, s3:object-lock-mode = "GOVERNANCE", s3:object-lock-remaining-retention-days = 1 }
  expect deny  writer s3:PutObject "backups/a.tar" with { aws:SecureTransport = true, s3:object-lock-mode = "COMPLIANCE" }
  expect allow writer s3:UploadPart "backups/a.tar" with { aws:SecureTransport = true }
}

test "bypass only for the listed" {
  expect deny  writer s3:BypassGovernanceRetention "backups/a.tar" with { aws:SecureTransport = true }
  expect deny  writer s3:BypassGovernanceRetention "archive/a.tar" with { aws:SecureTransport = true }
  expect deny  "arn:aws:iam::111122223333:root" s3:BypassGovernanceRetention "archive/a.tar" with { aws:SecureTransport = true }
  expect deny  "arn:aws:iam::111122223333:root" s3:BypassGovernanceRetention "backups/a.tar" with { aws:SecureTransport = true }
}
