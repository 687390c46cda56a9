// pci_dss: buckets in scope for PCI DSS (cardholder data environment).
// Customer managed KMS keys (requirement 3.5/3.6: key management under the
// entity's control), TLS 1.2 or later for data in transit (4.2), versioning
// for integrity, and pre-signed URLs limited to 15 minutes.
import "baseline"

profile pci_dss {
  use baseline
  encryption sse_kms {
    key        new
    bucket_key on
  }
  presigned max_age 15m
}
