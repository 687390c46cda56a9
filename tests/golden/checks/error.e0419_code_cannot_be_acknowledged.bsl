// E0419 (code cannot be acknowledged): this spec must report E0419.
bucket uploads {
  encryption sse_c
  transport allow_http because "legacy scanner"
  acknowledge E0401 because "scanner cannot do TLS"
}
