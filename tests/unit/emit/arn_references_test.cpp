// ARN references: whole ARNs only, the first added wins, and a layer over a
// base sees both without copying it.
#include <gtest/gtest.h>

#include "emit/policy_value.h"

namespace bslc::emit {
namespace {

const Ref kBucket{"aws_s3_bucket.records", "arn"};
const Ref kOther{"aws_s3_bucket.other", "arn"};
const Ref kKey{"aws_kms_key.records", "arn"};

TEST(ArnReferences, WholeArnsAndPrefixesBeforeASlash) {
  ArnReferences refs;
  refs.add("arn:aws:s3:::records", kBucket);
  EXPECT_EQ(refs.resolve("arn:aws:s3:::records"), Value::reference(kBucket));
  EXPECT_EQ(refs.resolve("arn:aws:s3:::records/exports/*"),
            Value::parts({TextPart{"", kBucket}, TextPart{"/exports/*", std::nullopt}}));
  EXPECT_EQ(refs.resolve("arn:aws:s3:::records-2"), Value::text("arn:aws:s3:::records-2"));
}

TEST(ArnReferences, TheFirstAddedWins) {
  ArnReferences refs;
  refs.add("arn:aws:s3:::records", kBucket);
  refs.add("arn:aws:s3:::records", kOther);
  EXPECT_EQ(refs.resolve("arn:aws:s3:::records"), Value::reference(kBucket));
}

TEST(ArnReferences, ALayerSeesItsBaseAndComesAfterIt) {
  ArnReferences base;
  base.add("arn:aws:s3:::records", kBucket);
  ArnReferences layer = ArnReferences::over(base);
  layer.add("arn:aws:kms:us-east-1:111122223333:key/*", kKey);
  layer.add("arn:aws:s3:::records", kOther);  // the base's entry stays
  EXPECT_EQ(layer.resolve("arn:aws:s3:::records/a"),
            Value::parts({TextPart{"", kBucket}, TextPart{"/a", std::nullopt}}));
  EXPECT_EQ(layer.resolve("arn:aws:kms:us-east-1:111122223333:key/*"), Value::reference(kKey));
  // The base is untouched by what the layer adds.
  EXPECT_EQ(base.resolve("arn:aws:kms:us-east-1:111122223333:key/*"),
            Value::text("arn:aws:kms:us-east-1:111122223333:key/*"));
}

}  // namespace
}  // namespace bslc::emit
