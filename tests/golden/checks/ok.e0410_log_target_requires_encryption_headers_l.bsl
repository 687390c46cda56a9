// E0410 (log target requires encryption headers log delivery does not send): the fixed spec reports nothing.
bucket logs {
  encryption sse_s3
}
bucket records { logging to logs }
