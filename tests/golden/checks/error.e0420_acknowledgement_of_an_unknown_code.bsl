// E0420 (acknowledgement of an unknown code): this spec must report E0420.
bucket archive {
  acknowledge W409 because "SEC 17a-4 retention"
}
