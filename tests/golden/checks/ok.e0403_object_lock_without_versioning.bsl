// E0403 (object lock without versioning): the fixed spec reports nothing.
role admin = "arn:aws:iam::111122223333:role/Admin"
bucket archive {
  versioning on
  object_lock governance 30 days { bypass only admin }
}
