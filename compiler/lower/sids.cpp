#include "lower/sids.h"

#include <string>

namespace bslc::lower::detail {
namespace {

bool is_ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

char upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }

std::string plural(int64_t n, std::string_view unit) {
  std::string out = std::to_string(n);
  out += unit;
  if (n != 1) out += 's';
  return out;
}

}  // namespace

std::string camel(std::string_view text) {
  std::string out;
  bool word_start = true;
  for (char c : text) {
    if (!is_ascii_alnum(c)) {
      word_start = true;
      continue;
    }
    out += word_start ? upper(c) : c;
    word_start = false;
  }
  return out;
}

std::string key_words(std::string_view condition_key) {
  // Drop the "aws:" / "s3:" service prefix: it adds nothing to a Sid.
  const size_t colon = condition_key.find(':');
  if (colon != std::string_view::npos) condition_key.remove_prefix(colon + 1);
  return camel(condition_key);
}

std::string action_words(std::string_view action) {
  std::string_view service;
  const size_t colon = action.find(':');
  if (colon != std::string_view::npos) {
    service = action.substr(0, colon);
    action.remove_prefix(colon + 1);
  }
  std::string words = camel(action);
  if (words.empty()) return "All" + camel(service) + "Actions";  // "s3:*", "*"
  return words;
}

std::string joined_words(const std::vector<std::string>& names, std::string_view many, size_t max_names) {
  if (names.empty() || names.size() > max_names) return std::string(many);
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += "And";
    out += camel(names[i]);
  }
  return out;
}

std::string duration_words(int64_t seconds) {
  if (seconds > 0 && seconds % 86400 == 0) return plural(seconds / 86400, "Day");
  if (seconds > 0 && seconds % 3600 == 0) return plural(seconds / 3600, "Hour");
  if (seconds > 0 && seconds % 60 == 0) return plural(seconds / 60, "Minute");
  return plural(seconds, "Second");
}

std::string SidAllocator::claim(std::string_view base) {
  std::string clean;
  for (char c : base)
    if (is_ascii_alnum(c)) clean += c;
  if (clean.empty()) clean = "Statement";
  if (used_.insert(clean).second) return clean;
  for (int n = 2;; ++n) {
    std::string candidate = clean + std::to_string(n);
    if (used_.insert(candidate).second) return candidate;
  }
}

}  // namespace bslc::lower::detail
