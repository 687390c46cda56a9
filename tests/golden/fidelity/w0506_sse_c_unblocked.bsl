// W0506 and item 2 of issue 12: SSE-C is blocked by default since April 2026. A bucket
// that uses it unblocks it (BlockedEncryptionTypes NONE); every other bucket
// blocks it explicitly.
account owner  = "111122223333"
role    writer = "arn:aws:iam::111122223333:role/Writer"

bucket vaulted {
  name    "acme-sse-c-uploads"
  account owner
  encryption sse_c
  grant writer write
}

bucket plain {
  name    "acme-plain-uploads"
  account owner
  grant writer write
}

test "SSE-C where the spec wants it, nowhere else" {
  expect allow writer s3:PutObject "vaulted/a.bin" with { aws:SecureTransport = true, s3:x-amz-server-side-encryption-customer-algorithm = "AES256" }
  expect allow writer s3:UploadPart "vaulted/a.bin" with { aws:SecureTransport = true, s3:x-amz-server-side-encryption-customer-algorithm = "AES256" }
  expect deny  writer s3:PutObject "vaulted/a.bin" with { aws:SecureTransport = true }
  expect deny  writer s3:PutObject "plain/a.bin" with { aws:SecureTransport = true, s3:x-amz-server-side-encryption-customer-algorithm = "AES256" }
  expect allow writer s3:PutObject "plain/a.bin" with { aws:SecureTransport = true }
}
