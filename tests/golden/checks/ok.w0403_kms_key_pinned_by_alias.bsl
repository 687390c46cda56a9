// W0403 (KMS key pinned by alias): the fixed spec reports nothing.
bucket records {
  encryption sse_kms { key arn "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" }
}
