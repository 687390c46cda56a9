// W0302 (condition key the action never carries): GetObject requests never
// carry the encryption header, so this deny always applies to them; a test
// that sets the header on a GetObject describes a request AWS never sends.
// A pattern is fine when some action it matches carries the key.
account writer = "444455556666"

bucket records {
  account "111122223333"
  deny everyone [s3:GetObject, s3:Put*] unless s3:x-amz-server-side-encryption = "aws:kms"
}

test "the header is not part of a read" {
  expect deny writer s3:GetObject "records/a.txt" with { aws:SecureTransport = true, s3:x-amz-server-side-encryption = "aws:kms" }
}
