// Whether a word is reserved by the BSL lexer (and so cannot name a constant
// or a bucket): read from the grammar's vocabulary, never listed by hand.
#pragma once
#include <string_view>

namespace bslc::syntax {

bool is_keyword(std::string_view word);

}  // namespace bslc::syntax
