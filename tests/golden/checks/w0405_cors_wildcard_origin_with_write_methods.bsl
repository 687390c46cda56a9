// W0405 (CORS wildcard origin with write methods): this spec must report W0405.
bucket uploads {
  cors { allow origins ["*"] methods [GET, PUT] }
}
