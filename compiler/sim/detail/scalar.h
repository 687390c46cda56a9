// Internal: parsing of condition values that are not plain strings: numbers,
// dates (W3C ISO 8601 or epoch seconds) and base64 binary.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace bslc::sim::detail {

// Integer or decimal, optional sign and exponent; the whole text must be used.
bool parse_number(std::string_view text, double& out);

// "2024-01-31", "2024-01-31T10:00:00Z", fractional seconds, "+02:00" / "-0500"
// offsets, or epoch seconds ("1706695200", decimals allowed). Out: epoch milliseconds.
bool parse_date(std::string_view text, int64_t& epoch_ms);

// Standard base64 with optional padding; whitespace is not allowed.
bool base64_decode(std::string_view text, std::string& out);

}  // namespace bslc::sim::detail
