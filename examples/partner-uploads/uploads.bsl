// Partners upload files encrypted with their own keys (SSE-C). S3 refuses
// SSE-C over plain HTTP; the bucket policy also refuses uploads without the
// SSE-C headers, and every request that is not TLS 1.2 or later.
account owner    = "111122223333"
account partner1 = "444455556666"
role    ingest   = "arn:aws:iam::111122223333:role/Ingest"

bucket uploads {
  name    "acme-partner-uploads"
  region  "us-east-1"
  account owner

  encryption sse_c
  transport tls_only { min_version 1.2 }
  versioning on

  grant partner1 write prefix "incoming/partner1/"
  grant ingest read prefix "incoming/"
  grant ingest list
  presigned max_age 10m
  notify object_created prefix "incoming/" to sqs "arn:aws:sqs:us-east-1:111122223333:partner-ingest"
}

test "partner uploads need SSE-C over TLS" {
  expect allow partner1 s3:PutObject "uploads/incoming/partner1/batch-1.csv" with { s3:x-amz-server-side-encryption-customer-algorithm = "AES256", s3:TlsVersion = 1.3 }
  expect deny partner1 s3:PutObject "uploads/incoming/partner1/batch-1.csv" with { s3:TlsVersion = 1.3 }
  expect deny partner1 s3:PutObject "uploads/incoming/partner1/batch-1.csv" with { s3:x-amz-server-side-encryption-customer-algorithm = "AES256", aws:SecureTransport = false }
  expect deny partner1 s3:PutObject "uploads/incoming/other/batch-1.csv" with { s3:x-amz-server-side-encryption-customer-algorithm = "AES256", s3:TlsVersion = 1.3 }
}

test "large SSE-C uploads work part by part" {
  expect allow partner1 s3:CreateMultipartUpload "uploads/incoming/partner1/big.csv" with { s3:x-amz-server-side-encryption-customer-algorithm = "AES256", s3:TlsVersion = 1.3 }
  expect allow partner1 s3:UploadPart "uploads/incoming/partner1/big.csv" with { s3:x-amz-server-side-encryption-customer-algorithm = "AES256", s3:TlsVersion = 1.3 }
  expect allow partner1 s3:CompleteMultipartUpload "uploads/incoming/partner1/big.csv" with { s3:x-amz-server-side-encryption-customer-algorithm = "AES256", s3:TlsVersion = 1.3 }
}

property "partners upload only into their own folder" {
  never allow s3:PutObject on uploads by partner1 where not prefix "incoming/partner1/"
}

property "no upload without the SSE-C header" {
  never allow s3:PutObject on uploads where not s3:x-amz-server-side-encryption-customer-algorithm like "*"
}
