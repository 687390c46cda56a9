// Object ownership BucketOwnerEnforced (the default, written out): ACLs off.
account owner = "111122223333"

bucket data {
  name    "acme-ownership-enforced"
  region  "us-east-1"
  account owner
  ownership bucket_owner_enforced
}
