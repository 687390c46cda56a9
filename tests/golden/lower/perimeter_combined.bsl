// Several routes form ONE perimeter: the VPC endpoint OR the office ranges.
// Exceptions of every route are merged (an account and a role here).
account owner    = "111122223333"
account security = "777788889999"
role    admin    = "arn:aws:iam::111122223333:role/SecurityAdmin"
role    app      = "arn:aws:iam::111122223333:role/App"

bucket data {
  name    "acme-perimeter-combined"
  region  "us-east-1"
  account owner
  only_via vpce "vpce-1a2b3c4d" except admin
  only_via source_ip ["203.0.113.0/24"] except security
  grant app read
}

test "either route works, nothing else" {
  expect allow app s3:GetObject "data/a.csv" with { aws:SourceVpce = "vpce-1a2b3c4d" }
  expect allow app s3:GetObject "data/a.csv" with { aws:SourceIp = "203.0.113.7" }
  expect deny  app s3:GetObject "data/a.csv" with { aws:SourceIp = "192.0.2.1" }
  expect deny  app s3:GetObject "data/a.csv"
}
