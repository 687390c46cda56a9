// E0315 (unknown condition key): a request never carries a misspelt key.
bucket records {
  deny everyone s3:DeleteObject unless aws:SecureTransprt = true
  deny everyone s3:GetObject unless s3:ExistingObjectTg/Classification = "Public"
}

test "typo in a context key" {
  expect allow anonymous s3:GetObject "records/a.txt" with { aws:SourceIP = "203.0.113.7", aws:MultiFactorAuthPresnt = true }
}

property "typo in a predicate key" {
  never allow s3:GetObject on records where aws:PrincipalOrgId = "o-a1b2c3d4e5" and not aws:PrincipalTagg/Team = "x"
}
