// The partner is granted the whole bucket, but the property claims exports/ only.
account partner = "444455556666"

bucket records {
  name    "acme-patient-records"
  account "111122223333"
  grant partner read
}

property "the partner reads exports only" {
  never allow s3:GetObject on records by partner where not prefix "exports/"
}
