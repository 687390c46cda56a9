// E0309 (malformed region): this spec must report E0309.
bucket records {
  region "us-east"
}
