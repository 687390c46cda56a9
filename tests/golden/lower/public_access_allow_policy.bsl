// Public access opened for policies only (with a reason), and a public read
// grant: Principal "*" on the objects, ACL protections stay on.
account owner = "111122223333"

bucket downloads {
  name    "acme-public-downloads"
  region  "us-east-1"
  account owner
  public_access allow policy because "public software downloads"
  grant public read because "public software downloads"
}

test "anyone reads over HTTPS, nobody writes" {
  expect allow anonymous s3:GetObject "downloads/tool-1.0.tar.gz"
  expect deny  anonymous s3:GetObject "downloads/tool-1.0.tar.gz" with { aws:SecureTransport = false }
  expect deny  anonymous s3:PutObject "downloads/tool-1.0.tar.gz"
  expect deny  anonymous s3:ListBucket "downloads"
  expect deny  anonymous s3:DeleteObject "downloads/tool-1.0.tar.gz"
}
