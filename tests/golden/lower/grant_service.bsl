// A grant to an AWS service principal (ELB access-log delivery): pinned to
// the bucket's account with aws:SourceAccount (confused-deputy protection).
account owner = "111122223333"

bucket elb_logs {
  name    "acme-grant-service"
  region  "us-east-1"
  account owner
  grant "logdelivery.elasticloadbalancing.amazonaws.com" write prefix "AWSLogs/111122223333/"
}

test "the service writes for this account only" {
  expect allow "logdelivery.elasticloadbalancing.amazonaws.com" s3:PutObject "elb_logs/AWSLogs/111122223333/elb.log" with { aws:SourceAccount = "111122223333" }
  expect deny  "logdelivery.elasticloadbalancing.amazonaws.com" s3:PutObject "elb_logs/AWSLogs/111122223333/elb.log" with { aws:SourceAccount = "999999999999" }
  expect deny  "logdelivery.elasticloadbalancing.amazonaws.com" s3:PutObject "elb_logs/AWSLogs/111122223333/elb.log"
}
