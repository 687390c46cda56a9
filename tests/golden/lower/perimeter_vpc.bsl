// Only from two VPCs (through any endpoint in them), except the admin.
account owner = "111122223333"
role    admin = "arn:aws:iam::111122223333:role/SecurityAdmin"
role    app   = "arn:aws:iam::111122223333:role/App"
vpc     prod  = ["vpc-0a1b2c3d4e5f60718", "vpc-0f1e2d3c4b5a69788"]

bucket data {
  name    "acme-perimeter-vpc"
  region  "us-east-1"
  account owner
  only_via vpc prod except admin
  grant app read
}

test "from the production VPCs only" {
  expect allow app s3:GetObject "data/a.csv" with { aws:SourceVpc = "vpc-0a1b2c3d4e5f60718" }
  expect allow app s3:GetObject "data/a.csv" with { aws:SourceVpc = "vpc-0f1e2d3c4b5a69788" }
  expect deny  app s3:GetObject "data/a.csv" with { aws:SourceVpc = "vpc-00000000000000000" }
  expect deny  app s3:GetObject "data/a.csv"
}
