role auditor = "arn:aws:iam::111122223333:role/Auditor"
bucket records {
  statement "Typos" {
    allow
    principals auditor
    action s3:GetObject
    resources "arn:aws:s3:::acme-x/*"
  }
}
