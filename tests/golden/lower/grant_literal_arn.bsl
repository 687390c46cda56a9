// Grants to literal principal ARNs written in the grant (no constant), at
// every level, with and without a prefix.
account owner = "111122223333"

bucket data {
  name    "acme-grant-literal"
  region  "us-east-1"
  account owner
  grant "arn:aws:iam::444455556666:role/Importer" read
  grant "arn:aws:iam::444455556666:role/Importer" read       prefix "out/"
  grant "arn:aws:iam::444455556666:role/Importer" write
  grant "arn:aws:iam::444455556666:role/Importer" write      prefix "in/"
  grant "arn:aws:iam::444455556666:role/Importer" read_write
  grant "arn:aws:iam::444455556666:role/Importer" read_write prefix "work/"
  grant "arn:aws:iam::444455556666:role/Importer" list
  grant "arn:aws:iam::444455556666:role/Importer" list       prefix "out/"
  grant "arn:aws:iam::444455556666:role/Importer" delete
  grant "arn:aws:iam::444455556666:role/Importer" delete     prefix "in/"
  acknowledge W0606 because "every level is listed with and without a prefix to pin its statement"
}

test "the literal principal" {
  expect allow "arn:aws:iam::444455556666:role/Importer" s3:GetObject "data/out/x.csv"
  expect deny  "arn:aws:iam::444455556666:role/Other"    s3:GetObject "data/out/x.csv"
}
