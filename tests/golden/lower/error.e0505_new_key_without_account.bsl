// E0505: the policy of a new KMS key names the bucket account's root as its
// administrator, so the bucket needs an account.
bucket data {
  name   "acme-e0505-key"
  region "us-east-1"
  encryption sse_kms { key new }
}
