// E0411 (log target in another region or account): the fixed spec reports nothing.
bucket logs { region "us-east-1" }
bucket records {
  region "us-east-1"
  logging to logs
}
