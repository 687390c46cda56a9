// E0210: a test or property that names a bucket the spec does not declare.
role app = "arn:aws:iam::111122223333:role/App"

bucket records {
  grant app read
}

test "reads" {
  expect allow app s3:GetObject "recrods/a.csv"
}

property "no public reads" {
  never allow s3:GetObject on archive where aws:PrincipalAccount != "111122223333"
}
