// The one naming module for compiler-made names in policy documents: Sids.
// Every Sid is built from fixed capability words ("Deny", "Allow",
// "WithoutMfa") plus CamelCase forms of BSL names, prefixes and values, so a
// Sid says what its statement does (`AllowPartnerReadExports`). The allocator
// makes them unique per document: the first claimant keeps the plain name,
// later ones get "2", "3", ... in model order, so Sids are stable for a given
// spec. Invariant: every Sid is non-empty and [A-Za-z0-9] only (IAM's rule).
#pragma once
#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace bslc::lower::detail {

// "partner_a" -> "PartnerA", "exports/2024/" -> "Exports2024", "PHI" -> "PHI".
// Every run of non-alphanumeric ASCII separates words; each word's first
// letter is upper-cased, the rest is kept. Non-ASCII bytes are dropped.
std::string camel(std::string_view text);

// A condition key as a Sid word: "aws:SourceIp" -> "SourceIp",
// "aws:PrincipalTag/Team" -> "PrincipalTagTeam" (the service prefix is dropped).
std::string key_words(std::string_view condition_key);

// An action as a Sid word: "s3:DeleteObject" -> "DeleteObject", "s3:*" -> "AllS3Actions",
// "s3:Get*" -> "Get".
std::string action_words(std::string_view action);

// Several names as one Sid word: up to `max_names` names joined by "And"
// ("AdminAndOps"), otherwise `many`.
std::string joined_words(const std::vector<std::string>& names, std::string_view many, size_t max_names = 3);

// 600 -> "10Minutes", 86400 -> "1Day", 90 -> "90Seconds".
std::string duration_words(int64_t seconds);

class SidAllocator {
 public:
  // Returns `base` (made alnum-only) if unused in this document, else the
  // first free `base2`, `base3`, ...
  std::string claim(std::string_view base);

 private:
  std::set<std::string> used_;
};

}  // namespace bslc::lower::detail
