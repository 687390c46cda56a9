// W0404: the expected S3 request rate against the region's shared KMS
// symmetric request quota (kms_quota.h), per bucket and summed over the
// buckets one account has in one region (the quota is per account and region).
#include <fmt/format.h>

#include <map>

#include "check/kms_quota.h"
#include "check/support.h"

namespace bslc::check::detail {

namespace {

using diag::Code;

// 100000 -> "100,000": the warning shows numbers people compare with the AWS console.
std::string grouped(int64_t n) {
  std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return n < 0 ? "-" + out : out;
}

bool bucket_key_applies(const ir::Encryption& e) { return e.bucket_key && e.mode == ir::EncryptionMode::SseKms; }

int64_t kms_load(const ir::Bucket& b) {
  return kms_requests_per_second(*b.expected_rps, bucket_key_applies(b.encryption));
}

bool relevant(const ir::Bucket& b) { return is_kms(b.encryption.mode) && b.expected_rps && *b.expected_rps > 0; }

// Returns true when the bucket alone is over the quota (and was reported).
bool single_bucket(const ir::Bucket& b, int64_t quota, diag::DiagnosticSink& sink) {
  const int64_t rps = *b.expected_rps;
  const int64_t load = kms_load(b);
  if (load <= quota) return false;
  const auto& e = b.encryption;
  std::string message, help;
  if (bucket_key_applies(e)) {
    message = fmt::format(
        "even with a bucket key, {} S3 requests/s on bucket `{}` cause about {} KMS requests/s, above "
        "the {} requests/s symmetric KMS quota of `{}`",
        grouped(rps), b.id, grouped(load), grouped(quota), b.region);
    help =
        "ask AWS to raise the \"Cryptographic operations (symmetric) request rate\" quota, or spread the load "
        "across regions";
  } else {
    message = fmt::format(
        "{} S3 requests/s on bucket `{}` cause about {} KMS requests/s, above the {} requests/s "
        "symmetric KMS quota of `{}`, so requests would be throttled",
        grouped(rps), b.id, grouped(load), grouped(quota), b.region);
    if (e.mode == ir::EncryptionMode::SseKms)
      help = fmt::format(
          "write `bucket_key on` in the encryption block (about {} KMS requests/s), or ask AWS to raise "
          "the quota",
          grouped(kms_requests_per_second(rps, true)));
    else
      help =
          "DSSE-KMS cannot use a bucket key: use `encryption sse_kms { bucket_key on }`, or ask AWS to raise the quota";
  }
  auto& d = report(sink, Code::W0404, b, b.expected_rps_origin, std::move(message), std::move(help));
  note_setting(d, e.origin, b, fmt::format("`{}` encryption is chosen here", keyword(e.mode)), "");
  return true;
}

}  // namespace

void check_kms_quota(const ir::Model& model, diag::DiagnosticSink& sink, const Options& options) {
  // The quota is shared by every bucket of one account in one region.
  std::map<std::pair<std::string, std::string>, std::vector<const ir::Bucket*>> groups;
  for (const auto& b : model.buckets) {
    if (!relevant(b)) continue;
    const int64_t quota = kms_symmetric_quota(b.region, options.kms_quota_overrides);
    if (!single_bucket(b, quota, sink)) groups[{b.account, b.region}].push_back(&b);
  }
  for (const auto& [key, buckets] : groups) {
    if (buckets.size() < 2) continue;
    const int64_t quota = kms_symmetric_quota(key.second, options.kms_quota_overrides);
    int64_t total = 0;
    std::string names;
    for (const ir::Bucket* b : buckets) {
      total += kms_load(*b);
      names += fmt::format("{}`{}`", names.empty() ? "" : ", ", b->id);
    }
    if (total <= quota) continue;
    const ir::Bucket& last = *buckets.back();
    auto& d =
        report(sink, Code::W0404, last, last.expected_rps_origin,
               fmt::format("together, buckets {} cause about {} KMS requests/s, above the {} requests/s symmetric "
                           "KMS quota their account shares in `{}`",
                           names, grouped(total), grouped(quota), key.second),
               "write `bucket_key on` in their encryption blocks, or ask AWS to raise the quota");
    for (const ir::Bucket* b : buckets)
      if (b != &last)
        d.note(where(b->expected_rps_origin, *b),
               fmt::format("`{}` expects about {} KMS requests/s", b->id, grouped(kms_load(*b))));
  }
}

}  // namespace bslc::check::detail
