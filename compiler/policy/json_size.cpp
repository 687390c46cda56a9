#include "policy/json.h"

namespace bslc::policy {

size_t non_whitespace_size(std::string_view json) {
  size_t n = 0;
  for (char c : json) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') ++n;
  }
  return n;
}

}  // namespace bslc::policy
