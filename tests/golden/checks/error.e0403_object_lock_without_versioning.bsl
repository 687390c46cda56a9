// E0403 (object lock without versioning): this spec must report E0403.
role admin = "arn:aws:iam::111122223333:role/Admin"
bucket archive {
  object_lock governance 30 days { bypass only admin }
}
