// W0304 (item 3 of issue 12): CloudFront fetches from an S3 origin with the
// viewer's protocol, so a TLS-only bucket needs the distribution to redirect
// HTTP viewers; the generated READMEs carry the step.
account owner = "111122223333"
distribution site_cdn = "arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE"

bucket site {
  name    "acme-site-tls-origin"
  account owner
  grant cloudfront site_cdn read
}
