#include "syntax/offsets.h"

#include <algorithm>

namespace bslc::syntax {

CodePointOffsets::CodePointOffsets(std::string_view utf8) : size_(static_cast<uint32_t>(utf8.size())) {
  const bool ascii = std::all_of(utf8.begin(), utf8.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (ascii) return;
  starts_.reserve(utf8.size());
  for (uint32_t i = 0; i < size_; ++i)
    if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80) starts_.push_back(i);
}

uint32_t CodePointOffsets::byte_offset(size_t index) const {
  if (starts_.empty()) return index < size_ ? static_cast<uint32_t>(index) : size_;
  return index < starts_.size() ? starts_[index] : size_;
}

}  // namespace bslc::syntax
