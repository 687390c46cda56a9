// W0305 (item 8 of issue 12): standalone S3 Glacier vaults no longer accept
// new customers.
vault cold {
  name    "acme-cold-archive"
  account "111122223333"
  lock deny delete younger_than 365 days
  acknowledge W0409 because "reviewed while the lock is in progress"
}
