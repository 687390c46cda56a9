// Written statements: emitted as written, after the generated ones, checked and simulated like them.
role auditor = "arn:aws:iam::111122223333:role/Auditor"
account partner = "444455556666"
org acme = "o-a1b2c3d4e5"

bucket records {
  name    "acme-golden-statements"
  account "111122223333"

  statement "LegacyAuditRead" {
    allow
    principal [auditor, partner]
    action s3:GetObject
    prefix "audit/"
    condition StringEquals aws:PrincipalTag/team ["audit"]
  }
  statement "LegacyLogDelivery" {
    allow
    principal "logging.s3.amazonaws.com"
    action s3:PutObject
    resource "arn:aws:s3:::acme-golden-statements/logs/*"
    condition StringEquals aws:SourceAccount "111122223333"
  }
  statement "DenyOutsideAcme" {
    deny
    principal everyone
    not_action [s3:GetBucketPolicy, s3:PutBucketPolicy]
    condition StringNotEquals aws:PrincipalOrgID acme
    condition BoolIfExists aws:PrincipalIsAWSService false
  }
}

test "written statements decide like generated ones" {
  expect allow auditor s3:GetObject "records/audit/a.csv" with { aws:PrincipalTag/team = "audit", aws:PrincipalOrgID = "o-a1b2c3d4e5" }
  expect deny auditor s3:GetObject "records/audit/a.csv" with { aws:PrincipalTag/team = "ops", aws:PrincipalOrgID = "o-a1b2c3d4e5" }
  expect deny auditor s3:GetObject "records/audit/a.csv" with { aws:PrincipalTag/team = "audit", aws:PrincipalOrgID = "o-zzzzzzzzzz" }
  expect allow "logging.s3.amazonaws.com" s3:PutObject "records/logs/a.log" with { aws:SourceAccount = "111122223333" }
  expect deny "logging.s3.amazonaws.com" s3:PutObject "records/logs/a.log" with { aws:SourceAccount = "999999999999" }
}
