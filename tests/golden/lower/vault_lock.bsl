// A Glacier vault lock: archives cannot be deleted before they are a year old
// (glacier:ArchiveAgeInDays). CloudFormation cannot create the vault: a README
// step; Terraform creates and locks it.
account owner = "111122223333"

vault archive {
  name    "acme-claims-archive"
  region  "us-east-1"
  account owner
  lock deny delete younger_than 365 days
}
