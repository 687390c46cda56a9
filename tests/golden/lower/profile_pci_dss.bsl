// stdlib profile `pci_dss`: baseline + SSE-KMS with a new key and a bucket key,
// pre-signed URLs valid for at most 15 minutes.
import "pci_dss"

account owner    = "111122223333"
role    payments = "arn:aws:iam::111122223333:role/Payments"

bucket cards {
  name    "acme-profile-pci"
  region  "us-east-1"
  account owner
  use     pci_dss
  grant payments read_write
}

test "15-minute links" {
  expect allow payments s3:GetObject "cards/batch.enc" with { s3:authType = "REST-QUERY-STRING", s3:signatureAge = 600000 }
  expect deny  payments s3:GetObject "cards/batch.enc" with { s3:authType = "REST-QUERY-STRING", s3:signatureAge = 1200000 }
}
