// E0314 (unknown action): misspelt actions, a pattern that matches nothing
// and an action of a service whose requests never reach a bucket policy.
bucket records {
  deny everyone s3:DeleteObjct
  deny everyone [s3:Delet*Bucketz, ec2:RunInstances]
  mfa required for [s3:PutBucketPolcy]
}

test "a typo in an expectation is not a passing test" {
  expect deny "arn:aws:iam::999999999999:root" s3:GetObjct "records/a.txt"
}
