// baseline: the controls every bucket should have, written out explicitly.
// bslc already applies TLS-only, Block Public Access and BucketOwnerEnforced
// (and SSE-S3 encryption) to every bucket; this profile adds TLS 1.2 as the
// minimum version and versioning, so that overwritten or deleted objects can
// be recovered. It leaves encryption open so a bucket can choose SSE-KMS
// without an `override`.
profile baseline {
  transport tls_only { min_version 1.2 }
  public_access block all
  ownership  bucket_owner_enforced
  versioning on
}
