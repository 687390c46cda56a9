// E0211: object lock retention and vault lock ages are whole days or years.
account owner = "111122223333"

bucket records {
  versioning on
  object_lock governance 36 hours
}

vault archive {
  account owner
  lock deny delete younger_than 90 minutes
}
