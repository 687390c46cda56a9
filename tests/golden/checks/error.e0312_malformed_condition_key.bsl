// E0312 (malformed condition key): this spec must report E0312.
bucket training {
  deny everyone s3:DeleteObject unless SourceVpce = "vpce-1a2b3c4d"
}
