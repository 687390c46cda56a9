// W0411 (tag restriction without protecting the tag): this spec must report W0411.
role admin = "arn:aws:iam::111122223333:role/SecurityAdmin"
bucket records {
  restrict tag Classification = "PHI" to principal_tag Clearance = "PHI"
}
