// W0412 (bypass list in compliance mode): this spec must report W0412.
role admin = "arn:aws:iam::111122223333:role/Admin"
bucket archive {
  versioning on
  object_lock compliance 7 years { bypass only admin }
}
