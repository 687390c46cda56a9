role auditor = "arn:aws:iam::111122223333:role/Auditor"
bucket records {
  statement "legacy audit-read" {
    allow
    principal auditor
    action s3:GetObject
  }
  statement "" {
    allow
    principal auditor
    action s3:GetObject
  }
}
