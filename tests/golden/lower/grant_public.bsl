// Public grants (Principal "*", no condition) at every level, with and
// without a prefix; public access must be opened with a reason.
account owner = "111122223333"

bucket open {
  name    "acme-grant-public"
  region  "us-east-1"
  account owner
  public_access allow policy because "public sandbox bucket for a workshop"
  grant public read                        because "workshop"
  grant public read       prefix "pub/"    because "workshop"
  grant public write                       because "workshop"
  grant public write      prefix "drop/"   because "workshop"
  grant public read_write                  because "workshop"
  grant public read_write prefix "scratch/" because "workshop"
  grant public list                        because "workshop"
  grant public list       prefix "pub/"    because "workshop"
  grant public delete                      because "workshop"
  grant public delete     prefix "scratch/" because "workshop"
  acknowledge W0606 because "every level is listed with and without a prefix to pin its statement"
}

test "anyone over HTTPS" {
  expect allow anonymous s3:GetObject "open/pub/slides.pdf"
  expect allow anonymous s3:PutObject "open/drop/answer.txt"
  expect deny  anonymous s3:PutObject "open/drop/answer.txt" with { aws:SecureTransport = false }
}
