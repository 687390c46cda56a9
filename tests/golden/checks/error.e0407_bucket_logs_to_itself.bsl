// E0407 (bucket logs to itself): this spec must report E0407.
bucket records {
  logging to records prefix "logs/"
}
