// E0402 (MFA delete without versioning): the fixed spec reports nothing.
bucket records {
  versioning on { mfa_delete on }
  acknowledge W0410 because "runbook RB-12: root enables MFA delete after deploy"
}
