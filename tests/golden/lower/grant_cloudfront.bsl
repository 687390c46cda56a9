// Grants to a CloudFront distribution through origin access control: the
// CloudFront service principal pinned to the distribution by aws:SourceArn,
// at every level, with and without a prefix.
account      owner = "111122223333"
distribution cdn   = "arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE"

bucket site {
  name    "acme-grant-cloudfront"
  region  "us-east-1"
  account owner
  grant cloudfront cdn read
  grant cloudfront cdn read       prefix "assets/"
  grant cloudfront cdn write
  grant cloudfront cdn write      prefix "uploads/"
  grant cloudfront cdn read_write
  grant cloudfront cdn read_write prefix "media/"
  grant cloudfront cdn list
  grant cloudfront cdn list       prefix "assets/"
  grant cloudfront cdn delete
  grant cloudfront cdn delete     prefix "uploads/"
  acknowledge W0606 because "every level is listed with and without a prefix to pin its statement"
}

test "only this distribution" {
  expect allow "cloudfront.amazonaws.com" s3:GetObject "site/index.html" with { aws:SourceArn = "arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE" }
  expect deny  "cloudfront.amazonaws.com" s3:GetObject "site/index.html" with { aws:SourceArn = "arn:aws:cloudfront::999999999999:distribution/EOTHER" }
  expect deny  "cloudfront.amazonaws.com" s3:GetObject "site/index.html"
  expect deny  anonymous s3:GetObject "site/index.html"
}
