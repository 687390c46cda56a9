// E0311 (invalid service principal): the fixed spec reports nothing.
bucket logs {
  account "111122223333"
  grant "logging.s3.amazonaws.com" write
}
