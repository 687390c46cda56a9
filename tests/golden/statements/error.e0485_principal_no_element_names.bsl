org acme = "o-a1b2c3d4e5"
distribution cdn = "arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE"
bucket records {
  statement "OrgRead" {
    allow
    principal [acme, cdn]
    action s3:GetObject
  }
}
