// "Did you mean ...?" for misspelled keywords, words, actions and condition keys.
#pragma once
#include <optional>
#include <string_view>
#include <vector>

namespace bslc {

// The candidate closest to `word` (case-insensitive edit distance, a swap of
// two neighbours counting once), if it is close enough to be a plausible typo.
std::optional<std::string_view> closest(std::string_view word, const std::vector<std::string_view>& candidates);

}  // namespace bslc
