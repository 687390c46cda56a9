// E0416 (deny locks every principal out of the bucket policy): this spec must report E0416.
bucket training {
  only_via vpce "vpce-1a2b3c4d"
}
