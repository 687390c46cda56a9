// E0405 (retention period out of range): the fixed spec reports nothing.
role admin = "arn:aws:iam::111122223333:role/Admin"
bucket archive {
  versioning on
  object_lock governance 10 years { bypass only admin }
}
