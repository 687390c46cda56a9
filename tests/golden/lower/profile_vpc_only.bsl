// stdlib profile `vpc_only`: baseline + SSE-KMS (new key, bucket key), no
// pre-signed URLs; the bucket adds the VPC-endpoint perimeter.
import "vpc_only"

account owner   = "111122223333"
role    admin   = "arn:aws:iam::111122223333:role/SecurityAdmin"
role    trainer = "arn:aws:iam::111122223333:role/SageMakerTraining"

bucket training {
  name    "acme-profile-vpc-only"
  region  "us-east-1"
  account owner
  use     vpc_only
  only_via vpce "vpce-1a2b3c4d" except admin
  grant trainer read
  grant trainer list
}

test "training jobs read through the endpoint only" {
  expect allow trainer s3:GetObject "training/shard-0001.tfrecord" with { aws:SourceVpce = "vpce-1a2b3c4d" }
  expect deny  trainer s3:GetObject "training/shard-0001.tfrecord" with { aws:SourceIp = "203.0.113.5" }
  expect deny  trainer s3:GetObject "training/shard-0001.tfrecord" with { aws:SourceVpce = "vpce-1a2b3c4d", s3:authType = "REST-QUERY-STRING" }
}
