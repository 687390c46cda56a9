// Uploads must carry the tag Classification with one of the listed values,
// and the tag "cost:center" with any value.
account owner  = "111122223333"
role    writer = "arn:aws:iam::111122223333:role/Writer"

bucket data {
  name    "acme-tags-require"
  region  "us-east-1"
  account owner
  require tag Classification in ["PHI", "Internal", "Public"] on upload
  require tag "cost:center" on upload
  grant writer write
}

test "uploads carry valid tags" {
  expect allow writer s3:PutObject "data/a.csv" with { s3:RequestObjectTag/Classification = "Internal", s3:RequestObjectTag/cost:center = "cc-42" }
  expect deny  writer s3:PutObject "data/a.csv" with { s3:RequestObjectTag/Classification = "Secret", s3:RequestObjectTag/cost:center = "cc-42" }
  expect deny  writer s3:PutObject "data/a.csv" with { s3:RequestObjectTag/cost:center = "cc-42" }
  expect deny  writer s3:PutObject "data/a.csv" with { s3:RequestObjectTag/Classification = "Public" }
  expect deny  writer s3:PutObject "data/a.csv"
}
