// E0402 (MFA delete without versioning): this spec must report E0402.
bucket records {
  versioning suspended { mfa_delete on }
}
