// E0417 (bucket key with DSSE-KMS): the fixed spec reports nothing.
account owner = "111122223333"
bucket records {
  account owner
  encryption dsse_kms { key new "alias/records" }
}
