// E0505: a vault lock policy's Resource is the vault ARN, which names the
// vault's account.
vault archive {
  name   "acme-e0505-vault"
  region "us-east-1"
  lock deny delete younger_than 30 days
}
