// E0414 (pre-signed URL max age out of range): the fixed spec reports nothing.
bucket records {
  presigned max_age 1h
}
