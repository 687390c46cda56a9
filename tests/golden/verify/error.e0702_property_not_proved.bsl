// The property compares aws:SourceIp both as an address and as text: its
// values are sampled, so no counterexample is not a proof.
bucket data {
  name    "acme-data"
  account "111122223333"
}

property "no reads from the office network" {
  never allow s3:GetObject on data by anonymous where aws:SourceIp = "203.0.113.0/24" and aws:SourceIp like "203.*"
}
