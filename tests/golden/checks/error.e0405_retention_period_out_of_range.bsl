// E0405 (retention period out of range): this spec must report E0405.
role admin = "arn:aws:iam::111122223333:role/Admin"
bucket archive {
  versioning on
  object_lock governance 150 years { bypass only admin }
}
