// vpc_only: data that must only be reached from inside a VPC, such as
// training data for SageMaker jobs running in private subnets. The profile
// sets the controls that do not depend on the network; the bucket adds its
// perimeter, e.g. `only_via vpce "vpce-..." except admin`, so that an
// administrator can still manage the bucket policy from outside.
// Pre-signed URLs are forbidden: a URL is a bearer credential that works from
// anywhere the perimeter does not reach.
import "baseline"

profile vpc_only {
  use baseline
  encryption sse_kms {
    key        new
    bucket_key on
  }
  presigned forbid
}
