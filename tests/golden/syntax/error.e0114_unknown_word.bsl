// E0114: a word that is not one of the choices, with a suggestion for a near miss.
bucket records {
  encryption aes
  grant "arn:aws:iam::111122223333:role/Reader" reed
  ownership bucket_owner_enforce
}
