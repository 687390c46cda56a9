// Pre-signed URLs older than 10 minutes are refused (s3:signatureAge is in
// milliseconds; header-signed requests are not affected).
account owner  = "111122223333"
role    reader = "arn:aws:iam::111122223333:role/Reader"

bucket data {
  name    "acme-presigned-max-age"
  region  "us-east-1"
  account owner
  presigned max_age 10m
  grant reader read
}

test "young pre-signed URLs only" {
  expect allow reader s3:GetObject "data/a.csv" with { s3:authType = "REST-QUERY-STRING", s3:signatureAge = 300000 }
  expect deny  reader s3:GetObject "data/a.csv" with { s3:authType = "REST-QUERY-STRING", s3:signatureAge = 900000 }
  expect allow reader s3:GetObject "data/a.csv" with { s3:authType = "REST-HEADER", s3:signatureAge = 900000 }
}
