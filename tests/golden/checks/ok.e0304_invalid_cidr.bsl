// E0304 (invalid CIDR): the fixed spec reports nothing.
role admin = "arn:aws:iam::111122223333:role/Admin"
bucket records {
  only_via source_ip "203.0.113.0/24" except admin
}
