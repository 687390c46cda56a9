// Item 12 of issue 12: the bucket owner's root user may always read, replace
// or delete the bucket policy, whatever the policy denies.
account owner = "111122223333"
role    admin = "arn:aws:iam::111122223333:role/SecurityAdmin"

bucket records {
  name    "acme-records-owner-root"
  account owner
  deny everyone [s3:PutBucketPolicy, s3:DeleteBucketPolicy, s3:GetBucketPolicy] unless aws:PrincipalArn = admin
}

test "the root user can always fix the policy" {
  expect allow "arn:aws:iam::111122223333:root" s3:PutBucketPolicy "records" with { aws:SecureTransport = true }
  expect allow "arn:aws:iam::111122223333:root" s3:DeleteBucketPolicy "records" with { aws:SecureTransport = true }
  expect allow "arn:aws:iam::111122223333:root" s3:GetBucketPolicy "records" with { aws:SecureTransport = true }
  expect deny  "arn:aws:iam::444455556666:root" s3:PutBucketPolicy "records" with { aws:SecureTransport = true }
}
