// E0421 (acknowledgement without a reason): this spec must report E0421.
bucket archive {
  acknowledge W0409 because ""
}
