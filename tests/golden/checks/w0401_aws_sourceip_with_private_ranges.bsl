// W0401 (aws:SourceIp with private ranges): this spec must report W0401.
role admin = "arn:aws:iam::111122223333:role/Admin"
bucket training {
  only_via source_ip "10.0.0.0/8" except admin
}
