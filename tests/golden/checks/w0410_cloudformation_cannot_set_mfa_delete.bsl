// W0410 (CloudFormation cannot set MFA delete): this spec must report W0410.
bucket records {
  versioning on { mfa_delete on }
}
