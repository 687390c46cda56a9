// W0301 (unknown region): the fixed spec reports nothing.
bucket records {
  region "eu-west-2"
}
