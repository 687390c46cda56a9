#include "sema/symbols.h"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

namespace bslc::sema {

const char* describe(const Symbol& s) {
  switch (s.kind) {
    case Symbol::Kind::Profile: return "a profile";
    case Symbol::Kind::Bucket: return "a bucket";
    case Symbol::Kind::Vault: return "a vault";
    case Symbol::Kind::Constant: break;
  }
  switch (s.constant->kind) {
    case ast::ConstKind::Account: return "an account constant";
    case ast::ConstKind::Org: return "an org constant";
    case ast::ConstKind::Role: return "a role constant";
    case ast::ConstKind::User: return "a user constant";
    case ast::ConstKind::Key: return "a key constant";
    case ast::ConstKind::Endpoint: return "an endpoint constant";
    case ast::ConstKind::Vpc: return "a vpc constant";
    case ast::ConstKind::Cidr: return "a cidr constant";
    case ast::ConstKind::Distribution: return "a distribution constant";
  }
  return "a constant";
}

void SymbolTable::declare_file(const ast::File& file) {
  const SourcePtr& src = file.source;
  broken_.insert(broken_.end(), file.broken_names.begin(), file.broken_names.end());
  for (const auto& c : file.constants)
    declare(c.name.name, Symbol{Symbol::Kind::Constant, &c, nullptr, nullptr, Location{src, c.name.span}});
  for (const auto& p : file.profiles)
    declare(p.name.name, Symbol{Symbol::Kind::Profile, nullptr, &p, nullptr, Location{src, p.name.span}});
  for (const auto& b : file.buckets)
    declare(b.name.name, Symbol{Symbol::Kind::Bucket, nullptr, &b, nullptr, Location{src, b.name.span}});
  for (const auto& v : file.vaults)
    declare(v.name.name, Symbol{Symbol::Kind::Vault, nullptr, nullptr, &v, Location{src, v.name.span}});
}

void SymbolTable::declare(const std::string& name, Symbol symbol) {
  auto [it, inserted] = symbols_.emplace(name, symbol);
  if (inserted) return;
  sink_
      .report(diag::Code::E0202, symbol.loc, fmt::format("`{}` is already defined", name),
              "rename one of the two definitions; every constant, profile, bucket and vault shares one namespace")
      .note(it->second.loc, fmt::format("first defined here as {}", describe(it->second)));
}

const Symbol* SymbolTable::find(const std::string& name) const {
  auto it = symbols_.find(name);
  return it == symbols_.end() ? nullptr : &it->second;
}

const Symbol* SymbolTable::lookup(const std::string& name, const Location& at, const char* expected) const {
  if (const Symbol* s = find(name)) return s;
  if (std::find(broken_.begin(), broken_.end(), name) != broken_.end()) return nullptr;
  const std::string near = closest_name(name, symbols_);
  std::string help = near.empty()
                         ? fmt::format("declare {} named `{}`, or import the file that declares it", expected, name)
                         : fmt::format("did you mean `{}`?", near);
  sink_.report(diag::Code::E0201, at, fmt::format("unknown name `{}`", name), std::move(help));
  return nullptr;
}

namespace {
size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}
}  // namespace

std::string closest_name(const std::string& name, const std::map<std::string, Symbol>& table) {
  std::string best;
  size_t best_distance = 3;
  for (const auto& [candidate, _] : table) {
    const size_t d = edit_distance(name, candidate);
    if (d < best_distance) best_distance = d, best = candidate;
  }
  return best;
}

std::string closest_word(const std::string& name, const std::vector<std::string>& words) {
  std::string best;
  size_t best_distance = 3;
  for (const auto& candidate : words) {
    const size_t d = edit_distance(name, candidate);
    if (d < best_distance) best_distance = d, best = candidate;
  }
  return best;
}

}  // namespace bslc::sema
