bucket data {
  name "acme-data"
}

property "modern TLS only" {
  never allow s3:GetObject on data where s3:TlsVersion < "one point two"
}
