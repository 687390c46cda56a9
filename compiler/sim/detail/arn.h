// Internal: ARN field splitting and the per-field ARN pattern of ArnLike/ArnEquals.
#pragma once
#include <array>
#include <string_view>
#include <vector>

#include "sim/detail/pattern.h"

namespace bslc::sim::detail {

// arn:partition:service:region:account:resource. The first five colons make
// five fields; the sixth keeps any further colons (S3 keys may contain `:`).
struct ArnFields {
  std::array<std::string_view, 6> field{};
  int count = 0;  // fields found; a well-formed ARN has 6
};
ArnFields split_arn(std::string_view text);

// A well-formed ARN: six fields and the literal "arn" first.
inline bool is_arn(std::string_view text) {
  const ArnFields f = split_arn(text);
  return f.count == 6 && f.field[0] == "arn";
}

// Each field is a wildcard pattern matched on its own, so `*` never crosses a
// colon between the first six fields. [U] A pattern with fewer than six fields
// matches its last field against the rest of the value (so `*` matches any ARN).
class ArnPattern {
 public:
  static ArnPattern compile(std::string_view source, bool variables, KeyTable* keys);
  bool match(std::string_view value, Slots slots) const;
  const std::vector<Pattern>& fields() const { return fields_; }

 private:
  std::vector<Pattern> fields_;
};

}  // namespace bslc::sim::detail
