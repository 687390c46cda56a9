// E0310 (TLS version outside 1.0-1.3): the fixed spec reports nothing.
bucket records {
  transport tls_only { min_version 1.2 }
}
