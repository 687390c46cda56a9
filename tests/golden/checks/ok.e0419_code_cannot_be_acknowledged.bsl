// E0419 (code cannot be acknowledged): the fixed spec reports nothing.
bucket uploads {
  encryption sse_c
}
