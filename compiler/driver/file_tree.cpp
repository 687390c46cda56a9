#include "driver/file_tree.h"

#include <cctype>

namespace bslc::driver {

bool is_safe_relative_path(const std::string& path) {
  if (path.empty() || path.front() == '/') return false;
  size_t start = 0;
  while (start <= path.size()) {
    const size_t slash = path.find('/', start);
    const size_t end = slash == std::string::npos ? path.size() : slash;
    const std::string part = path.substr(start, end - start);
    if (part.empty() || part == "." || part == "..") return false;
    for (char c : part)
      if (c == '\\' || c == '\0') return false;
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return true;
}

std::string safe_component(const std::string& name) {
  std::string out;
  for (char c : name) {
    const auto u = static_cast<unsigned char>(c);
    out += (std::isalnum(u) || c == '.' || c == '-' || c == '_') ? c : '_';
  }
  if (out.empty() || out == "." || out == "..") return "_";
  return out;
}

}  // namespace bslc::driver
