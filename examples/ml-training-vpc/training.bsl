// Training data for SageMaker jobs in private subnets: reachable only through
// the VPC endpoint, except for the platform administrator.
import "vpc_only"

account  owner     = "111122223333"
endpoint lake_vpce = "vpce-1a2b3c4d"
role     admin     = "arn:aws:iam::111122223333:role/PlatformAdmin"
role     training  = "arn:aws:iam::111122223333:role/SageMakerTraining"

bucket training_data {
  name    "acme-ml-training-data"
  region  "us-east-1"
  account owner
  use     vpc_only

  only_via vpce lake_vpce except admin
  grant training read prefix "datasets/"
  grant training list
  grant training write prefix "checkpoints/"
  grant admin read_write
}

test "training jobs read only inside the VPC" {
  expect allow training s3:GetObject "training_data/datasets/images/0001.png" with { aws:SourceVpce = "vpce-1a2b3c4d" }
  expect deny training s3:GetObject "training_data/datasets/images/0001.png"
  expect deny training s3:GetObject "training_data/datasets/images/0001.png" with { aws:SourceVpce = "vpce-99999999" }
}

test "the administrator keeps control from outside" {
  expect allow admin s3:GetObject "training_data/datasets/images/0001.png"
  expect allow admin s3:PutObject "training_data/datasets/images/0002.png"
  expect deny admin s3:PutObject "training_data/datasets/images/0002.png" with { aws:SecureTransport = false }
}

property "training data stays inside the VPC endpoint" {
  never allow [s3:GetObject, s3:PutObject] on training_data by training where aws:SourceVpce != "vpce-1a2b3c4d"
}

property "training jobs cannot touch data outside their prefixes" {
  never allow [s3:PutObject, s3:DeleteObject] on training_data by training where not prefix "checkpoints/"
}
