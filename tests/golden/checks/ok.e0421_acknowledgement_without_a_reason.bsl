// E0421 (acknowledgement without a reason): the fixed spec reports nothing.
bucket archive {
  acknowledge W0409 because "SEC 17a-4 requires seven years of WORM retention"
}
