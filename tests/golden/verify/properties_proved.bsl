// Written properties of every form, all proved: never and always, prefix and
// `by` scopes, `anyone outside`, tag and condition predicates.
account owner     = "111122223333"
account partner   = "444455556666"
org     acme      = "o-a1b2c3d4e5"
role    clinician = "arn:aws:iam::111122223333:role/Clinician"

bucket records {
  name    "acme-patient-records"
  account owner
  grant partner read prefix "exports/"
  grant clinician read_write prefix "charts/"
  grant org acme list
  restrict tag Classification = "PHI" to principal_tag Clearance = "PHI"
  protect tag Classification
}

property "the partner is confined to exports/" {
  never allow [s3:GetObject, s3:PutObject, s3:DeleteObject] on records by partner where not prefix "exports/"
}

property "nobody outside the organization and the accounts reads" {
  never allow s3:GetObject on records by anyone outside [acme, owner, partner]
}

property "PHI stays with cleared principals" {
  never allow s3:GetObject on records
    where object_tag Classification = "PHI" and not principal_tag Clearance = "PHI"
}

property "no object is read or written over plain HTTP" {
  never allow [s3:GetObject, s3:PutObject, s3:DeleteObject] on records where aws:SecureTransport = false
}

property "clinicians read charts that are not PHI" {
  always allow s3:GetObject on records prefix "charts/" by clinician
    where aws:SecureTransport = true and not object_tag Classification = "PHI"
}

test "the partner reads exports" {
  expect allow partner s3:GetObject "records/exports/a.csv"
}
