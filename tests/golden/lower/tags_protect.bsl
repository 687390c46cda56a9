// The tag Owner is protected: nobody but the data steward may set, change or
// remove it on any object.
account owner   = "111122223333"
role    steward = "arn:aws:iam::111122223333:role/DataSteward"
role    app     = "arn:aws:iam::111122223333:role/App"

bucket data {
  name    "acme-tags-protect"
  region  "us-east-1"
  account owner
  protect tag Owner except steward
  grant app read_write
}

test "only the steward touches the Owner tag" {
  expect deny app s3:PutObjectTagging    "data/a.csv" with { s3:ExistingObjectTag/Owner = "team-a" }
  expect deny app s3:PutObjectTagging    "data/a.csv" with { s3:RequestObjectTag/Owner = "team-b" }
  expect deny app s3:DeleteObjectTagging "data/a.csv" with { s3:ExistingObjectTag/Owner = "team-a" }
}
