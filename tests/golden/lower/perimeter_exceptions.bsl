// Perimeter exceptions of every principal kind: a role, a user, an account
// and an organization are exempt from the VPC-endpoint perimeter.
account owner   = "111122223333"
account auditor = "777788889999"
org     acme    = "o-a1b2c3d4e5"
role    admin   = "arn:aws:iam::111122223333:role/SecurityAdmin"
user    breakglass = "arn:aws:iam::111122223333:user/break-glass"
role    app     = "arn:aws:iam::111122223333:role/App"

bucket data {
  name    "acme-perimeter-exceptions"
  region  "us-east-1"
  account owner
  only_via vpce ["vpce-1a2b3c4d", "vpce-5e6f7a8b"] except admin, breakglass, auditor, acme
  grant app read
  grant breakglass read
}

test "the exceptions" {
  expect allow breakglass s3:GetObject "data/a.csv" with { aws:SourceIp = "192.0.2.1" }
  expect deny  app s3:GetObject "data/a.csv" with { aws:SourceIp = "192.0.2.1" }
  expect allow app s3:GetObject "data/a.csv" with { aws:SourceVpce = "vpce-5e6f7a8b" }
}
