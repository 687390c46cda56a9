#include "sim/object.h"

#include "sim/detail/text.h"

namespace bslc::sim {

std::string_view to_string(SseAlgorithm a) {
  switch (a) {
    case SseAlgorithm::None: return "none";
    case SseAlgorithm::SseS3: return "AES256";
    case SseAlgorithm::SseKms: return "aws:kms";
    case SseAlgorithm::DsseKms: return "aws:kms:dsse";
    case SseAlgorithm::SseC: return "SSE-C";
  }
  return "none";
}

std::optional<SseAlgorithm> parse_sse_algorithm(std::string_view v) {
  if (v == "AES256") return SseAlgorithm::SseS3;
  if (v == "aws:kms") return SseAlgorithm::SseKms;
  if (v == "aws:kms:dsse") return SseAlgorithm::DsseKms;
  if (v == "SSE-C") return SseAlgorithm::SseC;
  if (v == "none") return SseAlgorithm::None;
  return std::nullopt;
}

std::string_view to_string(LockMode m) {
  switch (m) {
    case LockMode::None: return "NONE";
    case LockMode::Governance: return "GOVERNANCE";
    case LockMode::Compliance: return "COMPLIANCE";
  }
  return "NONE";
}

std::optional<LockMode> parse_lock_mode(std::string_view text) {
  if (detail::iequals(text, "GOVERNANCE")) return LockMode::Governance;
  if (detail::iequals(text, "COMPLIANCE")) return LockMode::Compliance;
  if (detail::iequals(text, "NONE")) return LockMode::None;
  return std::nullopt;
}

}  // namespace bslc::sim
