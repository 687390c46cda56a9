// Server access logs of `data` delivered to `logs`: logging configuration on
// the source, and a log-delivery statement (logging.s3.amazonaws.com, pinned
// to the source bucket and account) in the target's policy.
account owner = "111122223333"

bucket data {
  name    "acme-logging-source"
  region  "us-east-1"
  account owner
  logging to logs prefix "data/"
}

bucket logs {
  name    "acme-logging-target"
  region  "us-east-1"
  account owner
}

test "log delivery writes only the source's prefix, only for the source" {
  expect allow "logging.s3.amazonaws.com" s3:PutObject "logs/data/2026-01-01-00-00-00-ABC" with { aws:SourceArn = "arn:aws:s3:::acme-logging-source", aws:SourceAccount = "111122223333" }
  expect deny  "logging.s3.amazonaws.com" s3:PutObject "logs/other/2026-01-01-00-00-00-ABC" with { aws:SourceArn = "arn:aws:s3:::acme-logging-source", aws:SourceAccount = "111122223333" }
  expect deny  "logging.s3.amazonaws.com" s3:PutObject "logs/data/2026-01-01-00-00-00-ABC" with { aws:SourceArn = "arn:aws:s3:::someone-elses-bucket", aws:SourceAccount = "999999999999" }
}
