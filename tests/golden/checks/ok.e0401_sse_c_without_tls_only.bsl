// E0401 (SSE-C without TLS-only): the fixed spec reports nothing.
bucket uploads {
  encryption sse_c   // TLS-only is the default
}
