// E0404 (retention needs exactly one of days or years): this spec must report E0404.
role admin = "arn:aws:iam::111122223333:role/Admin"
bucket archive {
  versioning on
  object_lock governance 1 years 30 days { bypass only admin }
}
