// W0301 (unknown region): this spec must report W0301.
bucket records {
  region "eu-west-4"
}
