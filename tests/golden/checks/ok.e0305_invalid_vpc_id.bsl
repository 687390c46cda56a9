// E0305 (invalid VPC id): the fixed spec reports nothing.
role admin = "arn:aws:iam::111122223333:role/Admin"
bucket training {
  only_via vpc "vpc-0a1b2c3d" except admin
}
