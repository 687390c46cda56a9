// W0401 (aws:SourceIp with private ranges): the fixed spec reports nothing.
role admin = "arn:aws:iam::111122223333:role/Admin"
bucket training {
  only_via vpce "vpce-1a2b3c4d" except admin
}
