// A CloudFront distribution reading an SSE-KMS bucket through origin access
// control: the key policy lets cloudfront.amazonaws.com decrypt for that
// distribution only.
account      owner = "111122223333"
distribution cdn   = "arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE"

bucket site {
  name    "acme-grant-cloudfront-kms"
  region  "us-east-1"
  account owner
  encryption sse_kms { key new "alias/acme-site" }
  grant cloudfront cdn read
}
