// E0104: typographic quotes pasted from a document.
bucket records {
  name “acme-records”
}
