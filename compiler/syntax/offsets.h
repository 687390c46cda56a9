// ANTLR counts positions in code points; spans are byte offsets. This maps a
// code point index of a (valid UTF-8) text to the byte offset where it starts.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace bslc::syntax {

class CodePointOffsets {
 public:
  explicit CodePointOffsets(std::string_view utf8);

  // Indexes past the end map to the end of the text.
  uint32_t byte_offset(size_t code_point_index) const;

 private:
  std::vector<uint32_t> starts_;  // empty for pure ASCII text, where the mapping is the identity
  uint32_t size_ = 0;
};

}  // namespace bslc::syntax
