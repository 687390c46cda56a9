// hipaa: buckets holding electronic protected health information (ePHI).
// Encryption with a customer managed KMS key gives an auditable key policy
// and CloudTrail records of every decrypt; a bucket key keeps KMS request
// volume (and cost) low. Versioning protects integrity; pre-signed URLs are
// short-lived so a leaked link expires quickly.
import "baseline"

profile hipaa {
  use baseline
  encryption sse_kms {
    key        new
    bucket_key on
  }
  presigned max_age 1h
}
