// E0101: something else was expected here (a setting without its value).
bucket records {
  name "acme-records"
  versioning
  region "us-east-1"
}
