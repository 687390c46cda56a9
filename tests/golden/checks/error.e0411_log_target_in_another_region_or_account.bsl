// E0411 (log target in another region or account): this spec must report E0411.
bucket logs { region "eu-west-1" }
bucket records {
  region "us-east-1"
  logging to logs
}
