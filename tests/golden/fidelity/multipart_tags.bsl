// Item 1 of issue 12: `require tag ... on upload` and a custom deny on an
// upload header stay multipart-safe: only a present, wrong value is denied.
account owner  = "111122223333"
role    writer = "arn:aws:iam::111122223333:role/Writer"

bucket records {
  name    "acme-records-tags"
  account owner
  require tag Classification in ["PHI", "Internal"] on upload
  deny everyone s3:PutObject unless s3:x-amz-storage-class = "STANDARD_IA"
  grant writer write
  acknowledge W0303 because "the ingest job tags every object; untagged ones are flagged downstream"
}

test "parts carry no tags" {
  expect allow writer s3:UploadPart "records/big.bin" with { aws:SecureTransport = true }
  expect allow writer s3:CompleteMultipartUpload "records/big.bin" with { aws:SecureTransport = true }
  expect allow writer s3:PutObject "records/a.txt" with { aws:SecureTransport = true, s3:RequestObjectTag/Classification = "PHI" }
  expect deny  writer s3:PutObject "records/a.txt" with { aws:SecureTransport = true, s3:RequestObjectTag/Classification = "Public" }
  expect deny  writer s3:PutObject "records/a.txt" with { aws:SecureTransport = true, s3:x-amz-storage-class = "GLACIER" }
}
