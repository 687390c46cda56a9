// W0409 (irreversible retention lock): the fixed spec reports nothing.
bucket archive {
  versioning on
  object_lock compliance 7 years
  acknowledge W0409 because "SEC 17a-4 requires seven years of WORM retention"
}
