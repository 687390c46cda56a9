// Grants to every account of an AWS Organization: Principal "*" pinned by
// aws:PrincipalOrgID, at every level, with and without a prefix.
account owner = "111122223333"
org     acme  = "o-a1b2c3d4e5"

bucket data {
  name    "acme-grant-org"
  region  "us-east-1"
  account owner
  grant org acme read
  grant org acme read       prefix "shared/"
  grant org acme write
  grant org acme write      prefix "drop/"
  grant org acme read_write
  grant org acme read_write prefix "team/"
  grant org acme list
  grant org acme list       prefix "shared/"
  grant org acme delete
  grant org acme delete     prefix "drop/"
  acknowledge W0606 because "every level is listed with and without a prefix to pin its statement"
}

test "members of the organization only" {
  expect allow "arn:aws:iam::111122223333:role/Analyst" s3:GetObject "data/shared/report.csv" with { aws:PrincipalOrgID = "o-a1b2c3d4e5" }
  expect deny  "arn:aws:iam::111122223333:role/Analyst" s3:GetObject "data/shared/report.csv" with { aws:PrincipalOrgID = "o-zzzzzzzzzz" }
  expect deny  "arn:aws:iam::111122223333:role/Analyst" s3:GetObject "data/shared/report.csv"
  expect deny  anonymous s3:GetObject "data/shared/report.csv"
}
