// Grants to another AWS account at every level, with and without a prefix:
// bucket-policy statements naming the account root, and the identity policy
// that account must attach.
account owner   = "111122223333"
account partner = "444455556666"

bucket data {
  name    "acme-grant-account"
  region  "us-east-1"
  account owner
  grant partner read
  grant partner read       prefix "exports/"
  grant partner write
  grant partner write      prefix "inbox/"
  grant partner read_write
  grant partner read_write prefix "shared/"
  grant partner list
  grant partner list       prefix "exports/"
  grant partner delete
  grant partner delete     prefix "inbox/"
  acknowledge W0606 because "every level is listed with and without a prefix to pin its statement"
}
