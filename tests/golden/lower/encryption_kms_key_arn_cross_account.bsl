// SSE-KMS with an existing key owned by a central security account: the
// output lists the statements the key's owner must add (the bucket account's
// use through S3 and the partner's decrypt); nothing else is created.
account owner   = "111122223333"
account partner = "444455556666"

bucket data {
  name    "acme-enc-kms-arn-xacct"
  region  "us-east-1"
  account owner
  encryption sse_kms { key arn "arn:aws:kms:us-east-1:999900001111:key/1234abcd-12ab-34cd-56ef-1234567890ab" }
  grant partner read_write prefix "shared/"
}
