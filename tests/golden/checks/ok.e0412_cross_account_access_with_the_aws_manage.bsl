// E0412 (cross-account access with the AWS-managed aws/s3 key): the fixed spec reports nothing.
account owner   = "111122223333"
account partner = "444455556666"
bucket exports {
  account owner
  encryption sse_kms { key new "alias/exports" bucket_key on }
  grant partner read
}
