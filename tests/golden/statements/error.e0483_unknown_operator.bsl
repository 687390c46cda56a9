role auditor = "arn:aws:iam::111122223333:role/Auditor"
bucket records {
  statement "Ops" {
    allow
    principal auditor
    action s3:GetObject
    condition StringEqual aws:PrincipalTag/team "audit"
    condition ForAnyValue:StringLikeIfExists aws:TagKeys ["team*"]
    condition ForSomeValues:StringLike aws:TagKeys ["team*"]
  }
}
