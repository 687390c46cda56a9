// E0311 (invalid service principal): the fixed spec reports nothing.
bucket logs {
  grant "logging.s3.amazonaws.com" write
}
