// E0409 (log target has default object lock retention): this spec must report E0409.
bucket logs {
  versioning on
  object_lock compliance 1 years
}
bucket records { logging to logs }
