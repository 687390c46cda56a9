// W0408 (governance mode where nobody may bypass): this spec must report W0408.
bucket backups {
  versioning on
  object_lock governance 30 days { bypass nobody }
}
