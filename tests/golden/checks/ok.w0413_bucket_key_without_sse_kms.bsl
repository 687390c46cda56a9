// W0413 (bucket key without SSE-KMS): the fixed spec reports nothing.
bucket records {
  encryption sse_s3
}
