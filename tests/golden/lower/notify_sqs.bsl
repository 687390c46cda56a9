// Object-created events under incoming/ (suffix .csv) to an SQS queue.
account owner = "111122223333"

bucket data {
  name    "acme-notify-sqs"
  region  "us-east-1"
  account owner
  notify object_created prefix "incoming/" suffix ".csv" to sqs "arn:aws:sqs:us-east-1:111122223333:ingest"
}
