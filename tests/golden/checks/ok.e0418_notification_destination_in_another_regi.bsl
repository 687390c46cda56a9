// E0418 (notification destination in another region): the fixed spec reports nothing.
bucket records {
  region "us-east-1"
  notify object_created to sqs "arn:aws:sqs:us-east-1:111122223333:ingest"
}
