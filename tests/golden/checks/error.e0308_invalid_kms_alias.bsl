// E0308 (invalid KMS alias): this spec must report E0308.
account owner = "111122223333"
bucket records {
  account owner
  encryption sse_kms { key new "alias/aws/patient-records" }
}
