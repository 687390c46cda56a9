// Versioning suspended on a bucket.
account owner = "111122223333"

bucket data {
  name    "acme-versioning-suspended"
  region  "us-east-1"
  account owner
  versioning suspended
}
