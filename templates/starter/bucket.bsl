// Starter spec: copy this file, rename the bucket and the constants, and run
//   bslc check bucket.bsl && bslc test bucket.bsl && bslc compile bucket.bsl -o out
// An empty bucket is already secure: all four Block Public Access settings,
// TLS only, SSE-S3 default encryption, BucketOwnerEnforced (ACLs off).

account owner   = "111122223333"
account partner = "444455556666"
role    admin   = "arn:aws:iam::111122223333:role/SecurityAdmin"

bucket reports {
  name    "example-corp-reports"
  region  "us-east-1"
  account owner

  versioning on
  grant admin read_write
  grant partner read prefix "shared/" // also emits iam/partner.json for the partner's account
}

test "the partner reads shared/ and nothing else" {
  expect allow partner s3:GetObject "reports/shared/q3.csv" with { aws:SecureTransport = true }
  expect deny partner s3:GetObject "reports/internal/q3.csv" with { aws:SecureTransport = true }
  expect deny partner s3:PutObject "reports/shared/q3.csv" with { aws:SecureTransport = true }
}

test "plain HTTP is refused, even for the administrator" {
  expect deny admin s3:GetObject "reports/shared/q3.csv" with { aws:SecureTransport = false }
}

// A property holds for every request, not only the ones a test lists.
property "the partner never writes" {
  never allow [s3:PutObject, s3:DeleteObject] on reports where aws:PrincipalAccount = "444455556666"
}
