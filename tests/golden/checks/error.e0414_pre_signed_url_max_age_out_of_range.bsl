// E0414 (pre-signed URL max age out of range): this spec must report E0414.
bucket records {
  presigned max_age 30 days
}
