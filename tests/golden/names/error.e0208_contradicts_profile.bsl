// E0208: a bucket setting that contradicts its profile needs `override`.
import "hipaa"

account owner = "111122223333"

bucket records {
  account owner
  use     hipaa
  encryption sse_s3
  versioning suspended
}
