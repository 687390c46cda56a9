// Fingerprints and file URIs shared by the machine reports (report.h).
#include <fmt/format.h>

#include <map>
#include <tuple>

#include "diag/report.h"

namespace bslc::diag {
namespace {

// FNV-1a, 64 bit: stable across platforms and releases, which is all a
// fingerprint needs (it is not a security boundary).
uint64_t fnv1a(std::string_view text, uint64_t h = 0xcbf29ce484222325ULL) {
  for (unsigned char c : text) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::string normalized_file(const Diagnostic& d) {
  if (!d.loc.valid()) return {};
  std::string name = d.loc.source->name();
  while (name.rfind("./", 0) == 0) name.erase(0, 2);
  return name;
}

}  // namespace

std::vector<std::string> fingerprints(const std::vector<Diagnostic>& ds) {
  std::map<std::tuple<std::string, std::string, std::string_view>, size_t> seen;
  std::vector<std::string> out;
  out.reserve(ds.size());
  for (const auto& d : ds) {
    const std::string file = normalized_file(d);
    const std::string_view code = info(d.code).id;
    const size_t k = seen[{file, d.scope, code}]++;
    // Separators that cannot occur in the parts keep ("a","bc") and ("ab","c") apart.
    const std::string key = fmt::format("{}\x1f{}\x1f{}\x1f{}", file, d.scope, code, k);
    out.push_back(fmt::format("{:016x}", fnv1a(key)));
  }
  return out;
}

std::string file_uri(std::string_view path) {
  std::string p(path);
  while (p.rfind("./", 0) == 0) p.erase(0, 2);
  std::string out = p.rfind('/', 0) == 0 ? "file://" : "";
  for (unsigned char c : p) {
    const bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                       c == '.' || c == '_' || c == '~' || c == '/';
    if (plain)
      out += static_cast<char>(c);
    else
      out += fmt::format("%{:02X}", c);
  }
  return out;
}

}  // namespace bslc::diag
