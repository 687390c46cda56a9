// W0503 (reported by `bslc compile`): CloudFormation turns on object lock only
// when it creates the bucket; cloudformation/README.md shows how to enable it
// on an existing bucket and import it. Terraform's object lock configuration
// works for existing buckets too (a note in terraform/README.md).
account owner = "111122223333"
role    admin = "arn:aws:iam::111122223333:role/BackupAdmin"

bucket backups {
  name    "acme-emit-object-lock"
  region  "us-east-1"
  account owner
  versioning on
  object_lock governance 14 days { bypass only admin }
}
