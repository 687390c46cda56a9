// E0206: a setting given twice in one bucket.
bucket records {
  name   "acme-records"
  region "us-east-1"
  name   "acme-records-2"
  versioning on
  versioning suspended
}
