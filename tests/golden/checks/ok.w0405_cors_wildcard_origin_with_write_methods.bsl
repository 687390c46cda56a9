// W0405 (CORS wildcard origin with write methods): the fixed spec reports nothing.
bucket uploads {
  cors { allow origins ["https://portal.example.com"] methods [GET, PUT] }
}
