// E0201: a name that no declaration defines (a typo, with a suggestion).
account partner = "444455556666"

bucket records {
  grant partnr read
  logging to lgs
}
