// W0502 (reported by `bslc compile`): CloudFormation has no resource type for
// Glacier vaults, so the template cannot create or lock this vault; the
// cloudformation/README.md step creates and locks it with the CLI, and the
// Terraform target creates and locks it itself.
account owner = "111122223333"

vault archive {
  name    "acme-emit-vault"
  region  "us-east-1"
  account owner
  lock deny delete younger_than 90 days
  acknowledge W0409 because "the lock is tested for 24 hours before it is completed"
}
