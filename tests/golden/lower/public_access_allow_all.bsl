// Both public policies and public ACLs allowed, with a public list grant
// scoped to a prefix.
account owner = "111122223333"

bucket mirror {
  name    "acme-public-mirror"
  region  "us-east-1"
  account owner
  public_access allow because "public package mirror"
  ownership object_writer because "mirror sync tool writes with ACLs"
  grant public read because "public package mirror"
  grant public list prefix "pub/" because "public package mirror"
}

test "anyone reads and lists pub/" {
  expect allow anonymous s3:GetObject "mirror/pub/pkg.deb"
  expect allow anonymous s3:ListBucket "mirror" with { s3:prefix = "pub/debian/" }
  expect deny  anonymous s3:ListBucket "mirror" with { s3:prefix = "private/" }
  expect deny  anonymous s3:ListBucket "mirror"
  expect deny  anonymous s3:PutObject "mirror/pub/pkg.deb"
}
