// stdlib profile `log_destination`: an SSE-S3 log target; the log-delivery
// statement comes from the source bucket that logs here.
import "log_destination"

account owner = "111122223333"

bucket app {
  name    "acme-profile-logsource"
  region  "us-east-1"
  account owner
  logging to logs prefix "app/"
}

bucket logs {
  name    "acme-profile-logs"
  region  "us-east-1"
  account owner
  use     log_destination
}

test "log delivery for the source only" {
  expect allow "logging.s3.amazonaws.com" s3:PutObject "logs/app/2026-01-01-x" with { aws:SourceArn = "arn:aws:s3:::acme-profile-logsource", aws:SourceAccount = "111122223333" }
  expect deny  "logging.s3.amazonaws.com" s3:PutObject "logs/app/2026-01-01-x" with { aws:SourceArn = "arn:aws:s3:::other-bucket", aws:SourceAccount = "111122223333" }
}
