// Patient records for the claims platform (HIPAA).
// - SSE-KMS with a new customer managed key and a bucket key.
// - Objects tagged Classification=PHI are readable only by principals tagged Clearance=PHI,
//   and nobody else may rewrite that tag.
// - The partner account reads only exports/.
import "hipaa"
import "log_destination"

account owner     = "111122223333"
account partner   = "444455556666"
role    admin     = "arn:aws:iam::111122223333:role/SecurityAdmin"
role    clinician = "arn:aws:iam::111122223333:role/Clinician"

bucket records {
  name    "acme-patient-records"
  region  "us-east-1"
  account owner
  use     hipaa

  encryption sse_kms { key new "alias/patient-records" }
  logging to logs prefix "records/"

  restrict tag Classification = "PHI" to principal_tag Clearance = "PHI"
  protect tag Classification except admin
  require tag Classification in ["PHI", "Internal", "Public"] on upload
  acknowledge W0303 because "the ingest pipeline tags every object; untagged ones are reported by an S3 event rule"

  grant partner read prefix "exports/"
  grant clinician read_write prefix "charts/"
  grant admin read_write

  expected_rate 900 rps
}

bucket logs {
  name    "acme-patient-records-logs"
  region  "us-east-1"
  account owner
  use     log_destination
}

test "partner is confined to exports/" {
  expect allow partner s3:GetObject "records/exports/2026-11.csv"
  expect deny partner s3:GetObject "records/charts/p1.pdf"
  expect deny partner s3:GetObject "records/exports/2026-11.csv" with { aws:SecureTransport = false }
}

test "PHI stays with cleared principals" {
  expect deny clinician s3:GetObject "records/charts/p1.pdf" with { s3:ExistingObjectTag/Classification = "PHI" }
  expect allow clinician s3:GetObject "records/charts/p1.pdf" with { s3:ExistingObjectTag/Classification = "PHI", aws:PrincipalTag/Clearance = "PHI" }
  expect deny clinician s3:PutObjectTagging "records/charts/p1.pdf" with { s3:ExistingObjectTag/Classification = "PHI" }
  expect deny clinician s3:PutObjectTagging "records/charts/p1.pdf" with { s3:ExistingObjectTag/Classification = "PHI", aws:PrincipalTag/Clearance = "PHI" }
}

test "uploads are classified and stay under the bucket's key" {
  expect deny clinician s3:PutObject "records/charts/p2.pdf" with { s3:RequestObjectTag/Classification = "Secret" }
  expect allow clinician s3:PutObject "records/charts/p2.pdf" with { s3:RequestObjectTag/Classification = "PHI" }
  expect deny clinician s3:PutObject "records/charts/p2.pdf" with { s3:x-amz-server-side-encryption = "AES256" }
  expect deny clinician s3:PutObject "records/charts/p2.pdf" with { s3:x-amz-server-side-encryption = "aws:kms" }
  expect allow clinician s3:UploadPart "records/charts/big.pdf"
}

test "nobody gets in over plain HTTP or anonymously" {
  expect deny clinician s3:PutObject "records/charts/p1.pdf" with { aws:SecureTransport = false }
  expect deny anonymous s3:GetObject "records/exports/2026-11.csv"
}

property "PHI stays with cleared principals" {
  never allow s3:GetObject on records
    where object_tag Classification = "PHI" and not principal_tag Clearance = "PHI"
}

property "the partner reads and writes nothing outside exports/" {
  never allow [s3:GetObject, s3:PutObject, s3:DeleteObject] on records by partner where not prefix "exports/"
}

property "no other account gets in" {
  never allow s3:* on records by anyone outside [owner, partner]
}

property "clinicians can read charts over TLS" {
  always allow s3:GetObject on records prefix "charts/" by clinician
    where aws:SecureTransport = true and principal_tag Clearance = "PHI" and s3:authType = "REST-HEADER"
    and s3:TlsVersion >= 1.2
}
