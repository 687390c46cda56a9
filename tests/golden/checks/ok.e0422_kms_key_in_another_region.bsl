// E0422 (KMS key in another region): the fixed spec reports nothing.
bucket records {
  region "us-east-1"
  encryption sse_kms { key arn "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab" }
}
