// E0313 (invalid vault name): this spec must report E0313.
vault archive {
  name "acme claims archive"
}
