// cloudfront_origin: a bucket served only through a CloudFront distribution
// with origin access control (OAC). Public access stays blocked: the bucket
// grants read to the distribution with `grant cloudfront NAME read`, which
// becomes a statement for cloudfront.amazonaws.com pinned by aws:SourceArn.
// SSE-S3 keeps the origin readable without a KMS key policy for CloudFront.
profile cloudfront_origin {
  encryption sse_s3
  transport  tls_only
  public_access block all
  ownership bucket_owner_enforced
  presigned forbid
}
