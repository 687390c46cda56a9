// E0503: 59 partner accounts read an SSE-KMS bucket with a new key; each needs
// its own key-policy statement, and the key policy passes the 32 KB KMS allows.
account owner = "111122223333"

bucket hub {
  name    "acme-e0503-hub"
  region  "us-east-1"
  account owner
  encryption sse_kms { key new }
  grant "arn:aws:iam::444455500001:root" read
  grant "arn:aws:iam::444455500002:root" read
  grant "arn:aws:iam::444455500003:root" read
  grant "arn:aws:iam::444455500004:root" read
  grant "arn:aws:iam::444455500005:root" read
  grant "arn:aws:iam::444455500006:root" read
  grant "arn:aws:iam::444455500007:root" read
  grant "arn:aws:iam::444455500008:root" read
  grant "arn:aws:iam::444455500009:root" read
  grant "arn:aws:iam::444455500010:root" read
  grant "arn:aws:iam::444455500011:root" read
  grant "arn:aws:iam::444455500012:root" read
  grant "arn:aws:iam::444455500013:root" read
  grant "arn:aws:iam::444455500014:root" read
  grant "arn:aws:iam::444455500015:root" read
  grant "arn:aws:iam::444455500016:root" read
  grant "arn:aws:iam::444455500017:root" read
  grant "arn:aws:iam::444455500018:root" read
  grant "arn:aws:iam::444455500019:root" read
  grant "arn:aws:iam::444455500020:root" read
  grant "arn:aws:iam::444455500021:root" read
  grant "arn:aws:iam::444455500022:root" read
  grant "arn:aws:iam::444455500023:root" read
  grant "arn:aws:iam::444455500024:root" read
  grant "arn:aws:iam::444455500025:root" read
  grant "arn:aws:iam::444455500026:root" read
  grant "arn:aws:iam::444455500027:root" read
  grant "arn:aws:iam::444455500028:root" read
  grant "arn:aws:iam::444455500029:root" read
  grant "arn:aws:iam::444455500030:root" read
  grant "arn:aws:iam::444455500031:root" read
  grant "arn:aws:iam::444455500032:root" read
  grant "arn:aws:iam::444455500033:root" read
  grant "arn:aws:iam::444455500034:root" read
  grant "arn:aws:iam::444455500035:root" read
  grant "arn:aws:iam::444455500036:root" read
  grant "arn:aws:iam::444455500037:root" read
  grant "arn:aws:iam::444455500038:root" read
  grant "arn:aws:iam::444455500039:root" read
  grant "arn:aws:iam::444455500040:root" read
  grant "arn:aws:iam::444455500041:root" read
  grant "arn:aws:iam::444455500042:root" read
  grant "arn:aws:iam::444455500043:root" read
  grant "arn:aws:iam::444455500044:root" read
  grant "arn:aws:iam::444455500045:root" read
  grant "arn:aws:iam::444455500046:root" read
  grant "arn:aws:iam::444455500047:root" read
  grant "arn:aws:iam::444455500048:root" read
  grant "arn:aws:iam::444455500049:root" read
  grant "arn:aws:iam::444455500050:root" read
  grant "arn:aws:iam::444455500051:root" read
  grant "arn:aws:iam::444455500052:root" read
  grant "arn:aws:iam::444455500053:root" read
  grant "arn:aws:iam::444455500054:root" read
  grant "arn:aws:iam::444455500055:root" read
  grant "arn:aws:iam::444455500056:root" read
  grant "arn:aws:iam::444455500057:root" read
  grant "arn:aws:iam::444455500058:root" read
  grant "arn:aws:iam::444455500059:root" read
}
