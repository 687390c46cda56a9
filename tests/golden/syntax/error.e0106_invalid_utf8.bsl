// E0106: the file is not UTF-8 (saved as Latin-1: café).
bucket records {
  name "acme-records"
}
