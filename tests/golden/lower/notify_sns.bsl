// Object-removed events to an SNS topic.
account owner = "111122223333"

bucket data {
  name    "acme-notify-sns"
  region  "us-east-1"
  account owner
  notify object_removed to sns "arn:aws:sns:us-east-1:111122223333:deletions"
}
