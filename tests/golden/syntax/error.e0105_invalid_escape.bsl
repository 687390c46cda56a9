// E0105: only \" \\ \n \t \r and \u{...} are escapes.
bucket records {
  name "acme\qrecords"
  grant "arn:aws:iam::111122223333:role/\u{110000}" read
}
