// E0102: a string must end on the line it starts on.
bucket records {
  name "acme-records
}
