// E0316 (condition value of the wrong type for its key).
account partner = "444455556666"

bucket records {
  deny everyone s3:PutObject unless s3:x-amz-server-side-encryption = "kms"
  deny everyone s3:PutObject unless s3:x-amz-server-side-encryption-aws-kms-key-id = "alias-records"
  deny everyone s3:DeleteObject unless aws:MultiFactorAuthPresent = "yes"
  deny everyone s3:GetObject unless aws:PrincipalArn like "111122223333"
}

test "wrongly typed context values" {
  expect deny partner s3:GetObject "records/a.txt" with { aws:SecureTransport = "sure", aws:SourceIp = "office" }
  expect deny partner s3:GetObject "records/a.txt" with { aws:CurrentTime = "tomorrow", s3:signatureAge = "old" }
}

property "an ARN where an account id belongs" {
  never allow s3:GetObject on records where aws:PrincipalAccount = "arn:aws:iam::444455556666:root"
}
