// SSE-KMS with a new key and an S3 Bucket Key (fewer KMS requests).
account owner  = "111122223333"
role    writer = "arn:aws:iam::111122223333:role/Writer"

bucket data {
  name    "acme-enc-bucket-key"
  region  "us-east-1"
  account owner
  encryption sse_kms {
    key        new "alias/acme-enc-bucket-key"
    bucket_key on
  }
  grant writer read_write
}
