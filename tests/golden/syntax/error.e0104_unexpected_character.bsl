// E0104: `;` and `@` are not BSL characters.
bucket records {
  name "acme-records";
  region @"us-east-1"
}
