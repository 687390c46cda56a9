// Pre-signed URLs are refused altogether.
account owner  = "111122223333"
role    reader = "arn:aws:iam::111122223333:role/Reader"

bucket data {
  name    "acme-presigned-forbid"
  region  "us-east-1"
  account owner
  presigned forbid
  grant reader read
}

test "no pre-signed URLs" {
  expect deny  reader s3:GetObject "data/a.csv" with { s3:authType = "REST-QUERY-STRING" }
  expect allow reader s3:GetObject "data/a.csv" with { s3:authType = "REST-HEADER" }
}
