// E0410 (log target requires encryption headers log delivery does not send): this spec must report E0410.
bucket logs {
  encryption sse_s3 { require header }
}
bucket records { logging to logs }
