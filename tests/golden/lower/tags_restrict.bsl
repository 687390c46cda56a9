// Objects tagged Classification=PHI are readable only by principals tagged
// Clearance=PHI; the tag itself is protected (only cleared principals and
// the admin may change it), so the restriction cannot be undone by retagging.
account owner     = "111122223333"
role    admin     = "arn:aws:iam::111122223333:role/SecurityAdmin"
role    clinician = "arn:aws:iam::111122223333:role/Clinician"

bucket records {
  name    "acme-tags-restrict"
  region  "us-east-1"
  account owner
  restrict tag Classification = "PHI" to principal_tag Clearance = "PHI"
  protect tag Classification except admin
  grant clinician read_write
}

test "PHI only for cleared principals" {
  expect allow clinician s3:GetObject "records/a.pdf"
  expect allow clinician s3:GetObject "records/a.pdf" with { s3:ExistingObjectTag/Classification = "Internal" }
  expect deny  clinician s3:GetObject "records/a.pdf" with { s3:ExistingObjectTag/Classification = "PHI" }
  expect allow clinician s3:GetObject "records/a.pdf" with { s3:ExistingObjectTag/Classification = "PHI", aws:PrincipalTag/Clearance = "PHI" }
  expect deny  clinician s3:GetObject "records/a.pdf" with { s3:ExistingObjectTag/Classification = "PHI", aws:PrincipalTag/Clearance = "Internal" }
}
