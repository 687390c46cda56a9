// stdlib profile `hipaa`: baseline + SSE-KMS with a new key and a bucket key,
// pre-signed URLs valid for at most an hour.
import "hipaa"

account owner     = "111122223333"
role    clinician = "arn:aws:iam::111122223333:role/Clinician"

bucket records {
  name    "acme-profile-hipaa"
  region  "us-east-1"
  account owner
  use     hipaa
  encryption sse_kms { key new "alias/acme-profile-hipaa" }
  grant clinician read_write
}

test "short-lived links, TLS only" {
  expect allow clinician s3:GetObject "records/p1.pdf"
  expect allow clinician s3:GetObject "records/p1.pdf" with { s3:authType = "REST-QUERY-STRING", s3:signatureAge = 1800000 }
  expect deny  clinician s3:GetObject "records/p1.pdf" with { s3:authType = "REST-QUERY-STRING", s3:signatureAge = 7200000 }
  expect deny  clinician s3:GetObject "records/p1.pdf" with { aws:SecureTransport = false }
}
