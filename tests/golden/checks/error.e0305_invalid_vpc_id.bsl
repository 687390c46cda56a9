// E0305 (invalid VPC id): this spec must report E0305.
role admin = "arn:aws:iam::111122223333:role/Admin"
bucket training {
  only_via vpc "vpc-12345" except admin
}
