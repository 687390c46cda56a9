// The property compares aws:UserAgent both as text and as a number: its
// values are sampled, so no counterexample is not a proof.
bucket data {
  name    "acme-data"
  account "111122223333"
}

property "no anonymous reads by old clients" {
  never allow s3:GetObject on data by anonymous where aws:UserAgent like "curl/*" and aws:UserAgent < 8
}
