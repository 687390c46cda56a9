// Custom denies with unless-conditions: "deny unless A and B" becomes one
// Deny per condition, each carrying that condition's negation (with the
// missing-key rule kept: negated operators, IfExists on ordering and Bool).
account owner   = "111122223333"
account partner = "444455556666"
role    admin   = "arn:aws:iam::111122223333:role/Admin"
role    app     = "arn:aws:iam::111122223333:role/App"

bucket data {
  name    "acme-deny-custom"
  region  "us-east-1"
  account owner
  grant app read_write
  grant partner read prefix "exports/"

  // Deletion only for principals tagged Role=admin, from the office network.
  deny everyone [s3:DeleteObject, s3:DeleteObjectVersion]
    unless aws:PrincipalTag/Role = "admin" and aws:SourceIp in ["203.0.113.0/24", "198.51.100.0/24"]
  // The partner never writes into exports/.
  deny partner s3:PutObject prefix "exports/"
  // Only short-lived sessions of the app, and never a contractor, change the bucket's tags.
  deny app [s3:PutBucketTagging, s3:PutObjectTagging]
    unless aws:MultiFactorAuthAge < 3600 and aws:PrincipalTag/Team not like "contractor-*"
  // Listing only with MFA, and never by the Blocked role.
  deny everyone s3:ListBucket unless aws:MultiFactorAuthPresent = true and aws:PrincipalArn != "arn:aws:iam::111122223333:role/Blocked"
}

test "deletes need the admin tag and the office network" {
  expect allow app s3:GetObject "data/a.csv"
  expect deny  app s3:DeleteObject "data/a.csv" with { aws:PrincipalTag/Role = "admin" }
  expect deny  app s3:DeleteObject "data/a.csv" with { aws:SourceIp = "203.0.113.10" }
  expect deny  partner s3:PutObject "data/exports/x.csv"
  expect deny  app s3:PutObjectTagging "data/a.csv" with { aws:MultiFactorAuthAge = 7200 }
  expect deny  app s3:PutObjectTagging "data/a.csv"
  expect deny  app s3:ListBucket "data"
}
