// worm_archive: write-once-read-many records (SEC 17a-4, FINRA, CFTC style).
// Object lock in compliance mode: no one, not even the root user, can delete
// or overwrite a locked version before its retention ends, and the retention
// cannot be shortened. Object lock needs versioning. Deletes also require MFA.
profile worm_archive {
  encryption sse_s3
  transport tls_only { min_version 1.2 }
  public_access block all
  ownership  bucket_owner_enforced
  versioning on
  object_lock compliance 7 years
  mfa required for delete
}
