#include "check/kms_quota.h"

#include <algorithm>

namespace bslc::check {

const std::vector<KmsQuotaEntry>& kms_quota_table() {
  static const std::vector<KmsQuotaEntry> table = {
      {"ap-northeast-1", 20000}, {"ap-southeast-1", 20000}, {"ap-southeast-2", 20000},
      {"eu-central-1", 20000},   {"eu-west-1", 100000},     {"eu-west-2", 20000},
      {"us-east-1", 100000},     {"us-east-2", 20000},      {"us-west-2", 100000},
  };
  return table;
}

int64_t kms_symmetric_quota(std::string_view region, const std::vector<std::pair<std::string, int64_t>>& overrides) {
  for (const auto& [r, rps] : overrides)
    if (r == region) return rps;
  for (const auto& [r, rps] : overrides)
    if (r == "*") return rps;
  const auto& table = kms_quota_table();
  const auto it = std::find_if(table.begin(), table.end(), [&](const KmsQuotaEntry& e) { return e.region == region; });
  return it != table.end() ? it->requests_per_second : kDefaultKmsSymmetricQuota;
}

int64_t kms_requests_per_second(int64_t s3_rps, bool bucket_key) {
  if (!bucket_key) return s3_rps;
  return (s3_rps + 99) / 100;
}

}  // namespace bslc::check
