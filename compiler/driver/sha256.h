// SHA-256 (FIPS 180-4) of a byte string, as lowercase hex. Used for
// manifest.json so users can verify what `bslc compile` wrote. Small and
// self-contained on purpose: no crypto dependency for a checksum.
#pragma once
#include <string>
#include <string_view>

namespace bslc::driver {

std::string sha256_hex(std::string_view data);

}  // namespace bslc::driver
