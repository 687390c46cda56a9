// A constant with a syntax error (the account id lacks its quotes) is
// reported once: the bucket and the test that use `partner` do not add
// "unknown name" errors on top.
account partner = 444455556666

bucket data {
  name "acme-golden-follow-on"
  account "111122223333"
  grant partner read prefix "exports/"
}

test "partner" {
  expect allow partner s3:GetObject "data/exports/a.csv"
}
