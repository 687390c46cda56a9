// E0312 (malformed condition key): the fixed spec reports nothing.
bucket training {
  deny everyone s3:DeleteObject unless aws:SourceVpce = "vpce-1a2b3c4d"
}
