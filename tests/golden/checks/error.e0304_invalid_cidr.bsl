// E0304 (invalid CIDR): this spec must report E0304.
role admin = "arn:aws:iam::111122223333:role/Admin"
bucket records {
  only_via source_ip "203.0.113.0/33" except admin
}
