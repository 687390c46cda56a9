// W0407 (governance mode where anyone may bypass): this spec must report W0407.
bucket backups {
  versioning on
  object_lock governance 30 days
}
