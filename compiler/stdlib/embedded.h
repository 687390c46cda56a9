// The standard library of profiles, embedded at build time from stdlib/*.bsl.
// Contract: entries() is sorted by name and lives for the whole program.
#pragma once
#include <string_view>
#include <vector>

namespace bslc::stdlib {

struct Entry {
  std::string_view name;  // file name without ".bsl", e.g. "hipaa"
  std::string_view text;  // the file's bytes
};

const std::vector<Entry>& entries();

}  // namespace bslc::stdlib
