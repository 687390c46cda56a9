// W0505 (reported by `bslc compile`): a CloudFormation stack creates every
// resource in the region it is deployed to, so one template cannot hold
// buckets of two regions. Terraform gets one provider alias per region.
account owner = "111122223333"

bucket us {
  name    "acme-emit-us"
  region  "us-east-1"
  account owner
}

bucket eu {
  name    "acme-emit-eu"
  region  "eu-west-1"
  account owner
}
