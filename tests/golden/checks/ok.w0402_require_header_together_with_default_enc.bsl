// W0402 (require header together with default encryption): the fixed spec reports nothing.
account owner = "111122223333"
bucket records {
  account owner
  encryption sse_kms { key new "alias/records" }   // default encryption covers every upload
}
