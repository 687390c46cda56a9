// Only through one VPC endpoint, except for the security admin; AWS services
// acting for the bucket are exempt (BoolIfExists aws:PrincipalIsAWSService).
account owner = "111122223333"
role    admin = "arn:aws:iam::111122223333:role/SecurityAdmin"
role    app   = "arn:aws:iam::111122223333:role/App"

bucket data {
  name    "acme-perimeter-vpce"
  region  "us-east-1"
  account owner
  only_via vpce "vpce-1a2b3c4d" except admin
  grant app read
}

test "inside and outside the perimeter" {
  expect allow app s3:GetObject "data/a.csv" with { aws:SourceVpce = "vpce-1a2b3c4d" }
  expect deny  app s3:GetObject "data/a.csv" with { aws:SourceVpce = "vpce-99999999" }
  expect deny  app s3:GetObject "data/a.csv" with { aws:SourceIp = "203.0.113.10" }
  expect deny  app s3:GetObject "data/a.csv" with { aws:SourceVpce = "vpce-1a2b3c4d", aws:SecureTransport = false }
  expect deny  anonymous s3:GetObject "data/a.csv"
}
