// E0301 (invalid bucket name): this spec must report E0301.
bucket records {
  name "Acme_Patient_Records"
}
