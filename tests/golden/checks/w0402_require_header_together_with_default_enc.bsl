// W0402 (require header together with default encryption): this spec must report W0402.
account owner = "111122223333"
bucket records {
  account owner
  encryption sse_kms { key new "alias/records" require header }
}
