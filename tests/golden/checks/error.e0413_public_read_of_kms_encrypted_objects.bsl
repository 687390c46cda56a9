// E0413 (public read of KMS-encrypted objects): this spec must report E0413.
account owner = "111122223333"
bucket site {
  account owner
  public_access allow policy because "public downloads"
  encryption sse_kms { key new "alias/site" }
  grant public read because "public downloads"
}
