// E0417 (bucket key with DSSE-KMS): this spec must report E0417.
account owner = "111122223333"
bucket records {
  account owner
  encryption dsse_kms { key new "alias/records" bucket_key on }
}
