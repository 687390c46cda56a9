// E0406 (public grant while Block Public Access blocks public policies): the fixed spec reports nothing.
import "cloudfront_origin"
distribution cdn = "arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE"
bucket site {
  use cloudfront_origin
  grant cloudfront cdn read
}
