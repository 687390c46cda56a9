// W0410 (CloudFormation cannot set MFA delete): the fixed spec reports nothing.
bucket records {
  versioning on { mfa_delete on }
  acknowledge W0410 because "runbook RB-12: root enables MFA delete after each new deploy"
}
