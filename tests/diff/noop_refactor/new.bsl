account partner = "444455556666"
org     acme    = "o-a1b2c3d4e5"
role    admin   = "arn:aws:iam::111122223333:role/Admin"
role    writer  = "arn:aws:iam::111122223333:role/Writer"

// The same access, with the grants moved into a profile and reordered.
profile shared_access {
  grant writer read_write
  grant partner read prefix "exports/"
}

bucket records {
  name    "acme-diff-records"
  account "111122223333"
  use shared_access
}
