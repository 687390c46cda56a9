// W0403 (KMS key pinned by alias): this spec must report W0403.
bucket records {
  encryption sse_kms { key arn "arn:aws:kms:us-east-1:111122223333:alias/records" }
}
