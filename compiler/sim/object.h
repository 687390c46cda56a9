// What the simulator knows about one object version and its encryption:
// shared by requests (which may describe the object they touch), bucket
// settings (defaults) and results (the encryption a permitted upload gets).
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace bslc::sim {

enum class SseAlgorithm {
  None,
  SseS3,    // "AES256"
  SseKms,   // "aws:kms"
  DsseKms,  // "aws:kms:dsse"
  SseC,     // customer-provided key
};

// "AES256", "aws:kms", "aws:kms:dsse", "SSE-C", "none".
std::string_view to_string(SseAlgorithm a);
std::optional<SseAlgorithm> parse_sse_algorithm(std::string_view header_value);

struct Encryption {
  SseAlgorithm algorithm = SseAlgorithm::SseS3;
  std::string kms_key_arn;  // empty with a KMS algorithm = the AWS managed key aws/s3
  bool bucket_key = false;  // SSE-KMS only
  bool operator==(const Encryption&) const = default;
};

enum class LockMode { None, Governance, Compliance };
std::string_view to_string(LockMode m);
std::optional<LockMode> parse_lock_mode(std::string_view text);  // "GOVERNANCE", "COMPLIANCE" (any case), "NONE"

// State of the object version a request touches. Fields left unset fall back
// to the bucket defaults (BucketSettings).
struct ObjectState {
  std::optional<LockMode> lock_mode;
  std::string retain_until;  // ISO 8601; empty = retention treated as still running
  bool legal_hold = false;
  std::optional<Encryption> encryption;  // how the stored object is encrypted
};

}  // namespace bslc::sim
