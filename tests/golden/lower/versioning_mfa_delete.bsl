// Versioning with MFA delete: CloudFormation cannot set MFA delete (a README
// step with the CLI command), Terraform needs the root user's MFA code.
account owner = "111122223333"

bucket data {
  name    "acme-versioning-mfa"
  region  "us-east-1"
  account owner
  versioning on { mfa_delete on }
}
