// Multipart-upload completions under uploads/ to a Lambda function.
account owner = "111122223333"

bucket data {
  name    "acme-notify-lambda"
  region  "us-east-1"
  account owner
  notify object_created_multipart prefix "uploads/" to lambda "arn:aws:lambda:us-east-1:111122223333:function:thumbnailer"
}
