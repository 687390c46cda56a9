// W0415 (acknowledgement matches nothing): this spec must report W0415.
role admin = "arn:aws:iam::111122223333:role/BackupAdmin"
bucket backups {
  versioning on
  object_lock governance 30 days { bypass only admin }
  acknowledge W0409 because "seven-year retention"
}
