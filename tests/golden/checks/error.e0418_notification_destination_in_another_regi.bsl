// E0418 (notification destination in another region): this spec must report E0418.
bucket records {
  region "us-east-1"
  notify object_created to sqs "arn:aws:sqs:eu-west-1:111122223333:ingest"
}
