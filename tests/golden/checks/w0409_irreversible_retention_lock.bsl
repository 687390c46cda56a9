// W0409 (irreversible retention lock): this spec must report W0409.
bucket archive {
  versioning on
  object_lock compliance 10 years
}
