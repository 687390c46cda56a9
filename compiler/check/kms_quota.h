// The one table of KMS "Cryptographic operations (symmetric) request rate"
// default quotas, in requests per second per account and region. Every SSE-KMS
// upload calls GenerateDataKey and every download calls Decrypt, so S3 traffic
// on an SSE-KMS bucket without a bucket key consumes this quota one-for-one.
//
// Values: the current KMS Developer Guide ("Request quotas"): 100,000 in
// us-east-1, us-west-2 and eu-west-1; 20,000 in us-east-2, ap-southeast-1,
// ap-southeast-2, ap-northeast-1, eu-central-1, eu-west-2; 10,000 elsewhere
// (reference §5.3, whose top tier was unconfirmed there). All are adjustable
// by AWS on request, so check::Options can override any region.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bslc::check {

constexpr int64_t kDefaultKmsSymmetricQuota = 10000;

struct KmsQuotaEntry {
  std::string_view region;
  int64_t requests_per_second;
};
// Regions whose quota differs from kDefaultKmsSymmetricQuota, sorted by region.
const std::vector<KmsQuotaEntry>& kms_quota_table();

// The quota for `region`: an override (a region, or "*" for every region not
// listed) wins over the table, the table over the default.
int64_t kms_symmetric_quota(std::string_view region,
                            const std::vector<std::pair<std::string, int64_t>>& overrides = {});

// KMS requests per second that `s3_rps` S3 requests cause. A bucket key lets S3
// reuse a bucket-level data key; AWS quotes "up to 99%" fewer calls, which
// this estimate takes as its best case: one KMS call per 100 requests.
int64_t kms_requests_per_second(int64_t s3_rps, bool bucket_key);

}  // namespace bslc::check
