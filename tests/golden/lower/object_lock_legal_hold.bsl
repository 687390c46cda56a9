// Object lock without a default retention; only the legal team places or
// removes legal holds.
account owner = "111122223333"
role    legal = "arn:aws:iam::111122223333:role/Legal"
role    ops   = "arn:aws:iam::111122223333:role/Ops"

bucket evidence {
  name    "acme-lock-legal-hold"
  region  "us-east-1"
  account owner
  versioning on
  object_lock on { legal_hold only legal }
  grant ops read_write
}

test "only legal sets legal holds" {
  expect deny ops s3:PutObjectLegalHold "evidence/case-17.pdf"
}
