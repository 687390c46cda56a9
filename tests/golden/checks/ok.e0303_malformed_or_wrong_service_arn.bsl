// E0303 (malformed or wrong-service ARN): the fixed spec reports nothing.
role admin = "arn:aws:iam::111122223333:role/SecurityAdmin"
bucket records {
  notify object_created to sqs "arn:aws:sqs:us-east-1:111122223333:ingest"
}
