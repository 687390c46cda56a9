// .bslc.yaml beside this file names baseline.json, which hides two W0401
// findings in bucket `data`; one is left (the other range was removed), so
// the entry is reported as stale and the summary counts one baselined finding.
role admin = "arn:aws:iam::111122223333:role/SecurityAdmin"

bucket data {
  name "acme-golden-baseline"
  account "111122223333"
  only_via source_ip "10.0.0.0/8" except admin
}
