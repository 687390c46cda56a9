// Only from the office's public address ranges, except the admin.
account owner  = "111122223333"
role    admin  = "arn:aws:iam::111122223333:role/SecurityAdmin"
role    app    = "arn:aws:iam::111122223333:role/App"
cidr    office = ["203.0.113.0/24", "198.51.100.0/24"]

bucket data {
  name    "acme-perimeter-ip"
  region  "us-east-1"
  account owner
  only_via source_ip office except admin
  grant app read
}

test "from the office only" {
  expect allow app s3:GetObject "data/a.csv" with { aws:SourceIp = "203.0.113.10" }
  expect allow app s3:GetObject "data/a.csv" with { aws:SourceIp = "198.51.100.200" }
  expect deny  app s3:GetObject "data/a.csv" with { aws:SourceIp = "192.0.2.1" }
  expect deny  app s3:GetObject "data/a.csv" with { aws:SourceVpce = "vpce-1a2b3c4d" }
}
