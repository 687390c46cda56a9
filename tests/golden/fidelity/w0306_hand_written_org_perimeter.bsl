// W0306 and item 11 of issue 12: a hand-written organization perimeter also
// refuses log delivery; `only_via org` exempts AWS service principals and
// takes `except`, and a custom deny takes `except` too.
account owner   = "111122223333"
org     acme    = "o-a1b2c3d4e5"
role    auditor = "arn:aws:iam::999988887777:role/Auditor"
role    admin   = "arn:aws:iam::111122223333:role/Admin"

bucket records {
  name    "acme-records-perimeter"
  account owner
  logging to logs
  only_via org acme except auditor
  deny everyone s3:DeleteObject except admin unless aws:MultiFactorAuthPresent = true
  grant auditor read
}

bucket logs {
  name    "acme-records-perimeter-logs"
  account owner
  only_via org acme
}

bucket other {
  name    "acme-other-perimeter"
  account owner
  logging to legacy_logs
}

bucket legacy_logs {
  name    "acme-other-perimeter-logs"
  account owner
  deny everyone s3:* unless aws:PrincipalOrgID = acme
}

test "the organization perimeter" {
  expect deny  "arn:aws:iam::444455556666:role/Outsider" s3:GetObject "records/a.txt" with { aws:SecureTransport = true, aws:PrincipalOrgID = "o-zzzzzzzzzz" }
  expect deny  anonymous s3:GetObject "records/a.txt" with { aws:SecureTransport = true }
  expect allow auditor s3:GetObject "records/a.txt" with { aws:SecureTransport = true }
  expect deny  admin s3:PutObject "logs/x" with { aws:SecureTransport = true }
  expect allow "logging.s3.amazonaws.com" s3:PutObject "logs/log1" with { aws:SecureTransport = true, aws:SourceArn = "arn:aws:s3:::acme-records-perimeter", aws:SourceAccount = "111122223333" }
  // The hand-written perimeter refuses log delivery: that is what W0306 reports.
  expect deny  "logging.s3.amazonaws.com" s3:PutObject "legacy_logs/log1" with { aws:SecureTransport = true, aws:SourceArn = "arn:aws:s3:::acme-other-perimeter", aws:SourceAccount = "111122223333" }
}
