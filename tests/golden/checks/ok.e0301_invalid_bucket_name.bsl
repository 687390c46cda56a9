// E0301 (invalid bucket name): the fixed spec reports nothing.
bucket records {
  name "acme-patient-records"
}
