// E0112: weeks and months are not duration units (a year is 365 days).
bucket records {
  versioning on
  object_lock governance 4 weeks
  presigned max_age 1 month
}
