// W0411 (tag restriction without protecting the tag): the fixed spec reports nothing.
role admin = "arn:aws:iam::111122223333:role/SecurityAdmin"
bucket records {
  restrict tag Classification = "PHI" to principal_tag Clearance = "PHI"
  protect tag Classification except admin
}
