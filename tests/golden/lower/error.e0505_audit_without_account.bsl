// E0505: CloudTrail's delivery statements in the trail bucket's policy are
// pinned to the audited bucket's account (aws:SourceAccount and the
// AWSLogs/<account>/ prefix); without the account any account's trail could
// deliver into the trail bucket.
bucket data {
  name   "acme-e0505-audit-source"
  region "us-east-1"
  audit data_events to trail
}

bucket trail {
  name   "acme-e0505-audit-trail"
  region "us-east-1"
}
