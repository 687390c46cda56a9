bucket data {
  name "acme-data"
}

property "no reads by old clients" {
  never allow s3:GetObject on data where aws:UserAgent < "curl/8"
}
