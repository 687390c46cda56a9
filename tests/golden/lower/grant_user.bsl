// Grants to an IAM user at every level, with and without a prefix.
account owner = "111122223333"
user    ci    = "arn:aws:iam::111122223333:user/ci-bot"

bucket data {
  name    "acme-grant-user"
  region  "us-east-1"
  account owner
  grant ci read
  grant ci read       prefix "artifacts/"
  grant ci write
  grant ci write      prefix "artifacts/"
  grant ci read_write
  grant ci read_write prefix "cache/"
  grant ci list
  grant ci list       prefix "artifacts/"
  grant ci delete
  grant ci delete     prefix "cache/"
  acknowledge W0606 because "every level is listed with and without a prefix to pin its statement"
}

test "the CI user" {
  expect allow ci s3:PutObject  "data/artifacts/build-1.zip"
  expect allow ci s3:ListBucket "data" with { s3:prefix = "artifacts/" }
  expect deny  ci s3:PutObject  "data/artifacts/build-1.zip" with { aws:SecureTransport = false }
  expect deny  "arn:aws:iam::111122223333:user/other" s3:GetObject "data/artifacts/build-1.zip"
}
