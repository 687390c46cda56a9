#include "driver/scopes.h"

#include <string>

namespace bslc::driver {
namespace {

bool contains(Span outer, uint32_t offset) { return outer.begin <= offset && offset < outer.end; }

std::string scope_in(const ast::File& file, uint32_t offset) {
  for (const auto& b : file.buckets)
    if (contains(b.span, offset)) return "bucket " + b.name.name;
  for (const auto& v : file.vaults)
    if (contains(v.span, offset)) return "vault " + v.name.name;
  for (const auto& p : file.profiles)
    if (contains(p.span, offset)) return "profile " + p.name.name;
  for (const auto& t : file.tests)
    if (contains(t.span, offset)) return "test " + t.name.value;
  for (const auto& p : file.properties)
    if (contains(p.span, offset)) return "property " + p.name.value;
  return {};
}

}  // namespace

void annotate_scopes(std::vector<diag::Diagnostic>& ds, const std::vector<ast::File>& files) {
  for (auto& d : ds) {
    if (!d.scope.empty() || !d.loc.valid()) continue;
    for (const auto& f : files) {
      if (f.source != d.loc.source) continue;
      d.scope = scope_in(f, d.loc.span.begin);
      break;
    }
  }
}

}  // namespace bslc::driver
