// E0313 (invalid vault name): the fixed spec reports nothing.
vault archive {
  name "acme-claims-archive"
}
