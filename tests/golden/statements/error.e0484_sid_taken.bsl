role auditor = "arn:aws:iam::111122223333:role/Auditor"
bucket records {
  statement "DenyInsecureTransport" {
    deny
    principal everyone
    action s3:*
    condition Bool aws:SecureTransport false
  }
  statement "Twice" {
    allow
    principal auditor
    action s3:GetObject
  }
  statement "Twice" {
    allow
    principal auditor
    action s3:PutObject
  }
}
