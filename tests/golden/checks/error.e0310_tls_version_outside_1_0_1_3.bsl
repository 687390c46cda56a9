// E0310 (TLS version outside 1.0-1.3): this spec must report E0310.
bucket records {
  transport tls_only { min_version 1.4 }
}
