// E0412 (cross-account access with the AWS-managed aws/s3 key): this spec must report E0412.
account owner   = "111122223333"
account partner = "444455556666"
bucket exports {
  account owner
  encryption sse_kms        // no key: the AWS managed aws/s3 key
  grant partner read
}
