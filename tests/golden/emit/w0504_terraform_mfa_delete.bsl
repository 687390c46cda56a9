// W0504 (reported by `bslc compile`): Terraform sets MFA delete only with the
// root user's credentials and a current MFA code: main.tf gets a sensitive
// `root_mfa` variable, terraform/README.md the apply command. (CloudFormation
// cannot set MFA delete at all: W0410, reported by `bslc check` too.)
account owner = "111122223333"

bucket ledger {
  name    "acme-emit-mfa-delete"
  region  "us-east-1"
  account owner
  versioning on { mfa_delete on }
}
