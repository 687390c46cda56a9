// CloudTrail data events of `data` (writes only) delivered to `trail`: a
// trail resource in both targets, and CloudTrail's delivery statements in the
// trail bucket's policy.
account owner = "111122223333"

bucket data {
  name    "acme-audit-source"
  region  "us-east-1"
  account owner
  audit data_events write to trail
}

bucket trail {
  name    "acme-audit-trail"
  region  "us-east-1"
  account owner
}

test "CloudTrail delivers for this account only" {
  expect allow "cloudtrail.amazonaws.com" s3:PutObject "trail/AWSLogs/111122223333/CloudTrail/x.json.gz" with { s3:x-amz-acl = "bucket-owner-full-control", aws:SourceAccount = "111122223333" }
  expect deny  "cloudtrail.amazonaws.com" s3:PutObject "trail/AWSLogs/999999999999/CloudTrail/x.json.gz" with { s3:x-amz-acl = "bucket-owner-full-control", aws:SourceAccount = "999999999999" }
  expect allow "cloudtrail.amazonaws.com" s3:GetBucketAcl "trail" with { aws:SourceAccount = "111122223333" }
}
