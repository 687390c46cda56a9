// DSSE-KMS (dual-layer) with a new key, no header required.
account owner  = "111122223333"
role    writer = "arn:aws:iam::111122223333:role/Writer"

bucket data {
  name    "acme-enc-dsse"
  region  "us-east-1"
  account owner
  encryption dsse_kms { key new }
  grant writer write
}

test "uploads without a header use default encryption" {
  expect allow writer s3:PutObject "data/a.bin"
}
