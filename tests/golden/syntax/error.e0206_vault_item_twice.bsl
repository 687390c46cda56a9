// E0206: an item given twice in one block (here a vault's name).
account owner = "111122223333"

vault archive {
  name    "acme-archive"
  name    "acme-archive-2"
  account owner
}
