// E0111: numbers that do not fit.
bucket records {
  expected_rate 99999999999999999999 rps
  object_lock compliance 99999999999999999999 years
}
