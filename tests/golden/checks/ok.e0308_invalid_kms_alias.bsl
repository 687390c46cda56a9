// E0308 (invalid KMS alias): the fixed spec reports nothing.
account owner = "111122223333"
bucket records {
  account owner
  encryption sse_kms { key new "alias/patient-records" }
}
