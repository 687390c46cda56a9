// log_destination: a bucket that receives S3 server access logs.
// Log delivery only writes to buckets whose default encryption is SSE-S3 and
// that have no object lock default retention; it relies on default
// encryption, so no encryption header is required. bslc adds the
// log-delivery grant (logging.s3.amazonaws.com, pinned to each source
// bucket with aws:SourceArn and aws:SourceAccount) for every bucket in the
// same compilation that logs here.
profile log_destination {
  encryption sse_s3
  transport  tls_only
  public_access block all
  ownership  bucket_owner_enforced
  versioning on
}
