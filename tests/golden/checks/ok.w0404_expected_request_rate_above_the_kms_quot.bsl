// W0404 (expected request rate above the KMS quota): the fixed spec reports nothing.
account owner = "111122223333"
bucket clicks {
  account owner
  region "eu-west-2"
  encryption sse_kms { key new "alias/clicks" bucket_key on }
  expected_rate 30000 rps
}
