// baseline: the controls every bucket should have, written out explicitly.
// bslc already applies the first four to every bucket; this profile adds
// TLS 1.2 as the minimum version and versioning, so that overwritten or
// deleted objects can be recovered.
profile baseline {
  encryption sse_s3
  transport tls_only { min_version 1.2 }
  public_access block all
  ownership bucket_owner_enforced
  versioning on
}
