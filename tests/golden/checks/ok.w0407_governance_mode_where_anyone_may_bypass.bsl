// W0407 (governance mode where anyone may bypass): the fixed spec reports nothing.
role admin = "arn:aws:iam::111122223333:role/BackupAdmin"
bucket backups {
  versioning on
  object_lock governance 30 days { bypass only admin }
}
