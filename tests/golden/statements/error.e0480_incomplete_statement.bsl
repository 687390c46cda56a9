role auditor = "arn:aws:iam::111122223333:role/Auditor"
bucket records {
  statement "NoEffect" {
    principal auditor
    action s3:GetObject
  }
  statement "TwoEffects" {
    allow
    deny
    principal auditor
    action s3:GetObject
  }
  statement "NoPrincipal" {
    allow
    action s3:GetObject
  }
  statement "TwoResources" {
    allow
    principal auditor
    action s3:GetObject
    resource "arn:aws:s3:::acme-x/*"
    prefix "a/"
  }
  statement "ActionTwice" {
    allow
    principal auditor
    action s3:GetObject
    not_action s3:PutObject
  }
  statement "NoValues" {
    allow
    principal auditor
    action s3:GetObject
    condition StringEquals aws:PrincipalTag/team []
  }
  statement "ResourceByName" {
    allow
    principal auditor
    action s3:GetObject
    resource auditor
  }
}
