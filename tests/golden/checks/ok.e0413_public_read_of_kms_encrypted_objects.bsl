// E0413 (public read of KMS-encrypted objects): the fixed spec reports nothing.
bucket site {
  public_access allow policy because "public downloads"
  encryption sse_s3
  grant public read because "public downloads"
}
