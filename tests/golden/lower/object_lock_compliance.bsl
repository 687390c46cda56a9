// Compliance-mode object lock for 7 years: nobody can shorten it, so no
// bypass statement.
account owner = "111122223333"

bucket records {
  name    "acme-lock-compliance"
  region  "us-east-1"
  account owner
  versioning on
  object_lock compliance 7 years
}
