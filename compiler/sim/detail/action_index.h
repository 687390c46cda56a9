// Internal: which statements' Action/NotAction clause matches a given action,
// precomputed for a vocabulary of action names (the common S3 and KMS actions
// plus every literal action the compiled policies name). An action outside
// the vocabulary falls back to pattern matching, so the vocabulary affects
// speed only, never results.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "sim/detail/context.h"

namespace bslc::sim::detail {

struct Program;

class ActionIndex {
 public:
  void build(const Program& program);
  // One bit per statement of `document`, or nullptr when the action is not indexed.
  const uint64_t* bits(std::string_view action, uint32_t document) const {
    const int row = names_.find(action);
    if (row < 0) return nullptr;
    return bits_.data() + static_cast<size_t>(row) * row_words_ + word_offset_[document];
  }
  static bool test(const uint64_t* bits, size_t statement) { return (bits[statement >> 6] >> (statement & 63)) & 1; }

 private:
  KeyTable names_;                     // case-insensitive action name -> row
  std::vector<uint32_t> word_offset_;  // per document, within a row
  size_t row_words_ = 0;
  std::vector<uint64_t> bits_;
};

}  // namespace bslc::sim::detail
