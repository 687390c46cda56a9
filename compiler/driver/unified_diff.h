// A unified diff of two texts, line by line (`diff -u` format, 3 lines of
// context), for `bslc fmt --check` and `--diff`. Empty when they are equal.
#pragma once
#include <string>
#include <string_view>

namespace bslc::driver {

std::string unified_diff(std::string_view before, std::string_view after, const std::string& before_name,
                         const std::string& after_name);

}  // namespace bslc::driver
