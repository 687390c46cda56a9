bucket records {
  name "acme-records"
}
/* E0103: this block comment is never closed,
   so the rest of the file is swallowed.
bucket logs {}
