// E0205: a name that refers to the wrong kind of thing.
account partner = "444455556666"
org     acme    = "o-a1b2c3d4e5"

bucket logs {}

bucket records {
  use     partner
  account acme
  logging to partner
  grant   logs read
}
