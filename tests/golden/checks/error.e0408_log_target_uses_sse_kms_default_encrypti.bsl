// E0408 (log target uses SSE-KMS default encryption): this spec must report E0408.
account owner = "111122223333"
bucket logs {
  account owner
  encryption sse_kms { key new "alias/logs" }
}
bucket records { logging to logs }
