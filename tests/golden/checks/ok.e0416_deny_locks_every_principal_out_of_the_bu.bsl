// E0416 (deny locks every principal out of the bucket policy): the fixed spec reports nothing.
role admin = "arn:aws:iam::111122223333:role/PlatformDeploy"
bucket training {
  only_via vpce "vpce-1a2b3c4d" except admin
}
