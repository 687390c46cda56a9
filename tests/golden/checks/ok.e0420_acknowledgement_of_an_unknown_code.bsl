// E0420 (acknowledgement of an unknown code): the fixed spec reports nothing.
bucket archive {
  acknowledge W0409 because "SEC 17a-4 retention"
}
