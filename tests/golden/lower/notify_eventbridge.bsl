// Every event to EventBridge (filtering is done by EventBridge rules).
account owner = "111122223333"

bucket data {
  name    "acme-notify-eventbridge"
  region  "us-east-1"
  account owner
  notify object_created to eventbridge
}
