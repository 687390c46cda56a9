// Byte-level checks that run before the text reaches ANTLR: ANTLR's UTF-8
// decoder throws on malformed input, and a huge file should be refused before
// any work is spent on it.
#pragma once
#include <cstdint>
#include <optional>
#include <string_view>

#include "syntax/parse.h"
#include "syntax/reporter.h"

namespace bslc::syntax {

// Offset of the first byte that is not part of a well-formed UTF-8 sequence
// (overlong forms, surrogates and values above U+10FFFF are malformed too).
std::optional<uint32_t> find_invalid_utf8(std::string_view text);

// Reports E0108 (size), E0107 (NUL byte) and E0106 (bad UTF-8). Returns true
// when the text may be lexed.
bool check_input(const Source& source, const ParseLimits& limits, Reporter& reporter);

}  // namespace bslc::syntax
