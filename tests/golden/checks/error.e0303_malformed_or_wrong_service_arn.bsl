// E0303 (malformed or wrong-service ARN): this spec must report E0303.
role admin = "arn:aws:iam:111122223333:role/SecurityAdmin"
bucket records {
  notify object_created to sns "arn:aws:sqs:us-east-1:111122223333:ingest"
}
