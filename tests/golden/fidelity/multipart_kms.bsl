// Item 1 and 4 of issue 12: an SSE-KMS bucket must accept multipart uploads
// (UploadPart and CompleteMultipartUpload send no encryption headers) and
// still refuse a writer that names another algorithm, the AWS managed key
// (aws:kms without a key id) or a key of its own.
account owner  = "111122223333"
role    writer = "arn:aws:iam::111122223333:role/Writer"

bucket records {
  name    "acme-records-kms"
  account owner
  encryption sse_kms { key arn "arn:aws:kms:us-east-1:111122223333:key/0f1e2d3c-aaaa-bbbb-cccc-1234567890ab" require header }
  grant writer write
  acknowledge W0402 because "default encryption applies the key to uploads without the header"
}

test "large uploads work" {
  expect allow writer s3:CreateMultipartUpload "records/big.bin" with { aws:SecureTransport = true, s3:x-amz-server-side-encryption = "aws:kms", s3:x-amz-server-side-encryption-aws-kms-key-id = "arn:aws:kms:us-east-1:111122223333:key/0f1e2d3c-aaaa-bbbb-cccc-1234567890ab" }
  expect allow writer s3:UploadPart "records/big.bin" with { aws:SecureTransport = true }
  expect allow writer s3:CompleteMultipartUpload "records/big.bin" with { aws:SecureTransport = true }
  expect allow writer s3:PutObject "records/small.txt" with { aws:SecureTransport = true }
}

test "the writer cannot escape the key" {
  expect deny writer s3:PutObject "records/a.txt" with { aws:SecureTransport = true, s3:x-amz-server-side-encryption = "AES256" }
  expect deny writer s3:PutObject "records/a.txt" with { aws:SecureTransport = true, s3:x-amz-server-side-encryption = "aws:kms" }
  expect deny writer s3:CreateMultipartUpload "records/a.txt" with { aws:SecureTransport = true, s3:x-amz-server-side-encryption = "aws:kms", s3:x-amz-server-side-encryption-aws-kms-key-id = "arn:aws:kms:us-east-1:111122223333:key/11111111-2222-3333-4444-555555555555" }
}
