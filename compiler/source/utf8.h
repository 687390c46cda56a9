// UTF-8 encoding shared by every stage that decodes escapes (`\u{...}` in BSL
// strings, `\uXXXX` in HCL read back by tests).
#pragma once
#include <cstdint>
#include <string>

namespace bslc {

// Appends the UTF-8 encoding of code point `cp` (callers pass valid scalar values).
void append_utf8(std::string& out, uint32_t cp);

}  // namespace bslc
