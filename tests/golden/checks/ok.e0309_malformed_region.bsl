// E0309 (malformed region): the fixed spec reports nothing.
bucket records {
  region "us-east-1"
}
