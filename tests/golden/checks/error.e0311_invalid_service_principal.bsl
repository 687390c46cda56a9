// E0311 (invalid service principal): this spec must report E0311.
bucket logs {
  grant "logging_s3.amazonaws.com" write
}
