// W0413 (bucket key without SSE-KMS): this spec must report W0413.
bucket records {
  encryption sse_s3 { bucket_key on }
}
