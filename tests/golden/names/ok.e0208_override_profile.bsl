// The E0208 spec fixed: `override` says the contradiction is intended.
import "hipaa"

account owner = "111122223333"

bucket records {
  account owner
  use     hipaa
  override encryption sse_s3
}
