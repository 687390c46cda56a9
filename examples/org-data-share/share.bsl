// Curated datasets shared read-only with every account of the organization,
// with one analytics account that may also write to its own prefix. Nobody
// outside the organization gets in, whatever a grant says (data perimeter).
import "baseline"

account owner     = "111122223333"
account analytics = "555566667777"
org     acme      = "o-a1b2c3d4e5"
role    curator   = "arn:aws:iam::111122223333:role/DataCurator"

bucket datasets {
  name    "acme-shared-datasets"
  region  "eu-west-1"
  account owner
  use     baseline

  encryption sse_kms {
    key new "alias/shared-datasets"
    bucket_key on
  }

  only_via org acme

  grant org acme read prefix "curated/"
  grant org acme list
  grant analytics read_write prefix "analytics/"
  grant curator read_write
}

test "the organization reads curated data" {
  expect allow "arn:aws:iam::222233334444:role/reader" s3:GetObject "datasets/curated/sales.parquet" with { aws:PrincipalOrgID = "o-a1b2c3d4e5" }
  expect deny "arn:aws:iam::222233334444:role/reader" s3:GetObject "datasets/curated/sales.parquet" with { aws:PrincipalOrgID = "o-zzzzzzzzzz" }
  expect deny "arn:aws:iam::222233334444:role/reader" s3:PutObject "datasets/curated/sales.parquet" with { aws:PrincipalOrgID = "o-a1b2c3d4e5" }
}

test "analytics writes only its prefix" {
  expect allow analytics s3:PutObject "datasets/analytics/report.csv" with { aws:PrincipalOrgID = "o-a1b2c3d4e5" }
  expect allow analytics s3:UploadPart "datasets/analytics/big.parquet" with { aws:PrincipalOrgID = "o-a1b2c3d4e5" }
  expect deny analytics s3:PutObject "datasets/curated/sales.parquet" with { aws:PrincipalOrgID = "o-a1b2c3d4e5" }
}

test "the data perimeter holds" {
  expect deny analytics s3:PutObject "datasets/analytics/report.csv" with { aws:PrincipalOrgID = "o-zzzzzzzzzz" }
  expect deny analytics s3:PutObject "datasets/analytics/report.csv"
  expect deny anonymous s3:GetObject "datasets/curated/sales.parquet"
}

property "outsiders of the organization read nothing" {
  never allow s3:GetObject on datasets by anyone outside [acme, owner, analytics]
}

property "analytics writes only its prefix" {
  never allow [s3:PutObject, s3:DeleteObject] on datasets by analytics where not prefix "analytics/"
}
