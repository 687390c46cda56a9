// E0404 (retention needs exactly one of days or years): the fixed spec reports nothing.
role admin = "arn:aws:iam::111122223333:role/Admin"
bucket archive {
  versioning on
  object_lock governance 395 days { bypass only admin }
}
