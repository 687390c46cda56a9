// W0404 (expected request rate above the KMS quota): this spec must report W0404.
account owner = "111122223333"
bucket clicks {
  account owner
  region "eu-west-2"
  encryption sse_kms { key new "alias/clicks" }
  expected_rate 30000 rps
}
