// A static website served only through CloudFront with origin access control.
// Public access stays blocked: only the distribution can read objects.
import "cloudfront_origin"

account      owner    = "111122223333"
distribution site_cdn = "arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE"
role         deployer = "arn:aws:iam::111122223333:role/SiteDeployer"

bucket site {
  name    "acme-www-content"
  region  "us-east-1"
  account owner
  use     cloudfront_origin

  grant cloudfront site_cdn read
  acknowledge W0304 because "the distribution redirects HTTP viewers to HTTPS (step in the generated READMEs)"
  grant deployer read_write
  grant deployer list
}

test "only CloudFront reads the site" {
  expect allow "cloudfront.amazonaws.com" s3:GetObject "site/index.html" with { aws:SourceArn = "arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE" }
  expect deny "cloudfront.amazonaws.com" s3:GetObject "site/index.html" with { aws:SourceArn = "arn:aws:cloudfront::999999999999:distribution/EOTHER" }
  expect deny anonymous s3:GetObject "site/index.html"
}

test "the deployer publishes over TLS only" {
  expect allow deployer s3:PutObject "site/index.html"
  expect deny deployer s3:PutObject "site/index.html" with { aws:SecureTransport = false }
}

property "nobody reads the site anonymously" {
  never allow s3:GetObject on site by anonymous
}

property "only the deployer writes" {
  never allow [s3:PutObject, s3:DeleteObject] on site by anyone outside [deployer, owner]
}
