// E0306 (invalid VPC endpoint id): this spec must report E0306.
role admin = "arn:aws:iam::111122223333:role/Admin"
bucket training {
  only_via vpce "vpc-1a2b3c4d" except admin
}
