// Public ACLs allowed (policies stay blocked), with ACLs switched back on by
// an ownership mode that keeps them; no public policy statement.
account owner = "111122223333"

bucket legacy {
  name    "acme-public-acls"
  region  "us-east-1"
  account owner
  public_access allow acls because "legacy uploader sets public-read ACLs"
  ownership bucket_owner_preferred because "legacy uploader sets ACLs"
}

test "no public access through the policy" {
  expect deny anonymous s3:GetObject "legacy/file.txt"
}
