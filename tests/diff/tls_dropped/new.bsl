account partner = "444455556666"
org     acme    = "o-a1b2c3d4e5"
role    admin   = "arn:aws:iam::111122223333:role/Admin"
role    writer  = "arn:aws:iam::111122223333:role/Writer"

bucket records {
  name    "acme-diff-records"
  account "111122223333"
  grant partner read prefix "exports/"
  transport allow_http because "a legacy scanner"
}
