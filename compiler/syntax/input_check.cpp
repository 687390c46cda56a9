#include "syntax/input_check.h"

#include <fmt/format.h>

#include <cstring>

namespace bslc::syntax {
namespace {

// Length of the well-formed UTF-8 sequence starting at text[i], or 0.
size_t sequence_length(std::string_view text, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char b0 = byte(i);
  if (b0 < 0x80) return 1;
  size_t len = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the second byte (Unicode table 3-7)
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3;
    if (b0 == 0xE0) lo = 0xA0;  // overlong
    if (b0 == 0xED) hi = 0x9F;  // surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4;
    if (b0 == 0xF0) lo = 0x90;  // overlong
    if (b0 == 0xF4) hi = 0x8F;  // above U+10FFFF
  } else {
    return 0;
  }
  if (i + len > text.size()) return 0;
  if (byte(i + 1) < lo || byte(i + 1) > hi) return 0;
  for (size_t k = 2; k < len; ++k)
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
  return len;
}

std::string megabytes(size_t bytes) { return fmt::format("{:.1f} MB", static_cast<double>(bytes) / (1024.0 * 1024.0)); }

}  // namespace

std::optional<uint32_t> find_invalid_utf8(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    // Fast path over ASCII runs.
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    const size_t len = sequence_length(text, i);
    if (len == 0) return static_cast<uint32_t>(i);
    i += len;
  }
  return std::nullopt;
}

bool check_input(const Source& source, const ParseLimits& limits, Reporter& reporter) {
  const std::string& text = source.text();
  if (text.size() > limits.max_bytes) {
    reporter.error(diag::Code::E0108, Span{0, 0},
                   fmt::format("file is {} ({} bytes), above the limit of {}", megabytes(text.size()), text.size(),
                               megabytes(limits.max_bytes)),
                   "split the file into smaller files, or check that this is the file you meant to compile");
    return false;
  }
  bool ok = true;
  if (const void* nul = std::memchr(text.data(), '\0', text.size())) {
    const auto at = static_cast<uint32_t>(static_cast<const char*>(nul) - text.data());
    reporter.error(diag::Code::E0107, Span{at, at + 1}, "the file contains a NUL byte",
                   "BSL files are UTF-8 text; check that this is not a binary file and remove the NUL byte");
    ok = false;
  }
  if (const auto bad = find_invalid_utf8(text)) {
    reporter.error(diag::Code::E0106, Span{*bad, *bad + 1},
                   fmt::format("the file is not valid UTF-8: byte 0x{:02X} cannot appear here",
                               static_cast<unsigned char>(text[*bad])),
                   "save the file as UTF-8");
    ok = false;
  }
  return ok;
}

}  // namespace bslc::syntax
