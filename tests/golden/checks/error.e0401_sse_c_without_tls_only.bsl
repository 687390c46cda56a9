// E0401 (SSE-C without TLS-only): this spec must report E0401.
bucket uploads {
  encryption sse_c
  transport allow_http because "legacy scanner"
}
