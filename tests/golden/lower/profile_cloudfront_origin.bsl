// stdlib profile `cloudfront_origin`: public access blocked, pre-signed URLs
// forbidden; the distribution reads through origin access control.
import "cloudfront_origin"

account      owner = "111122223333"
distribution cdn   = "arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE"

bucket site {
  name    "acme-profile-cloudfront"
  region  "us-east-1"
  account owner
  use     cloudfront_origin
  grant cloudfront cdn read
}

test "only the distribution reads" {
  expect allow "cloudfront.amazonaws.com" s3:GetObject "site/index.html" with { aws:SourceArn = "arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE" }
  expect deny  anonymous s3:GetObject "site/index.html"
  expect deny  "cloudfront.amazonaws.com" s3:GetObject "site/index.html" with { aws:SourceArn = "arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE", s3:authType = "REST-QUERY-STRING" }
}
