// Object ownership BucketOwnerPreferred: ACLs back on, with the reason.
account owner = "111122223333"

bucket data {
  name    "acme-ownership-preferred"
  region  "us-east-1"
  account owner
  ownership bucket_owner_preferred because "cross-account writers send bucket-owner-full-control"
}
