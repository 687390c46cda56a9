// Object ownership ObjectWriter: the uploading account owns its objects.
account owner = "111122223333"

bucket data {
  name    "acme-ownership-writer"
  region  "us-east-1"
  account owner
  ownership object_writer because "legacy tool relies on writer-owned objects"
}
