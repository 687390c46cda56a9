// E0410 (log target requires encryption headers log delivery does not send): this spec must report E0410.
bucket logs {
  encryption sse_c
}
bucket records { logging to logs }
