// Deleting objects (and object versions) requires MFA; long-term keys and
// sessions without MFA are refused (BoolIfExists).
account owner = "111122223333"
role    ops   = "arn:aws:iam::111122223333:role/Ops"

bucket data {
  name    "acme-mfa-delete"
  region  "us-east-1"
  account owner
  mfa required for delete
  grant ops delete
}

test "deletes need MFA" {
  expect allow ops s3:DeleteObject "data/a.csv" with { aws:MultiFactorAuthPresent = true }
  expect deny  ops s3:DeleteObject "data/a.csv" with { aws:MultiFactorAuthPresent = false }
  expect deny  ops s3:DeleteObject "data/a.csv"
}
