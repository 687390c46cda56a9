// A role in another account, read_write on a prefix: bucket policy plus the
// identity policy for the role's account.
account owner  = "111122223333"
role    loader = "arn:aws:iam::444455556666:role/Loader"

bucket data {
  name    "acme-grant-role-xacct"
  region  "us-east-1"
  account owner
  grant loader read_write prefix "staging/"
  grant loader list prefix "staging/"
}

test "the loader works in staging/ only" {
  expect allow loader s3:PutObject "data/staging/batch-1.parquet"
  expect allow loader s3:GetObject "data/staging/batch-1.parquet"
  expect deny  loader s3:GetObject "data/final/batch-1.parquet"
  expect allow loader s3:ListBucket "data" with { s3:prefix = "staging/" }
  expect deny  loader s3:ListBucket "data" with { s3:prefix = "final/" }
}
