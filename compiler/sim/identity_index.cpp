#include "sim/detail/identity_index.h"

#include "sim/detail/text.h"

namespace bslc::sim::detail {

uint64_t IdentityIndex::hash(IdentityEntry::Kind kind, std::string_view account, std::string_view name,
                             std::string_view session) {
  return quick_hash(account, false) * 31 ^ quick_hash(name, false) ^ (quick_hash(session, false) * 7) ^
         static_cast<uint64_t>(kind);
}

bool IdentityIndex::add(const PrincipalInfo& p, std::string_view arn, const std::vector<uint32_t>& documents) {
  IdentityEntry::Kind kind;
  switch (p.kind) {
    case PrincipalKind::User: kind = IdentityEntry::Kind::User; break;
    case PrincipalKind::Role: kind = IdentityEntry::Kind::Role; break;
    case PrincipalKind::AssumedRole: kind = IdentityEntry::Kind::Session; break;
    case PrincipalKind::FederatedUser: kind = IdentityEntry::Kind::FederatedUser; break;
    default: return false;
  }
  for (auto& e : entries_) {
    if (e.kind == kind && e.account == p.account && e.name == p.name && e.session == p.session) {
      e.documents.insert(e.documents.end(), documents.begin(), documents.end());
      return true;
    }
  }
  entries_.push_back(IdentityEntry{kind, std::string(p.account), std::string(p.name), std::string(p.session),
                                   std::string(arn), documents});
  hashes_.push_back(hash(kind, p.account, p.name, p.session));
  rebuild();
  return true;
}

void IdentityIndex::rebuild() {
  size_t capacity = 16;
  while (capacity < entries_.size() * 2) capacity *= 2;
  slots_.assign(capacity, -1);
  const size_t mask = capacity - 1;
  for (size_t i = 0; i < entries_.size(); ++i) {
    size_t at = hashes_[i] & mask;
    while (slots_[at] >= 0) at = (at + 1) & mask;
    slots_[at] = static_cast<int32_t>(i);
  }
}

const IdentityEntry* IdentityIndex::find(IdentityEntry::Kind kind, std::string_view account, std::string_view name,
                                         std::string_view session) const {
  if (entries_.empty()) return nullptr;
  const uint64_t h = hash(kind, account, name, session);
  const size_t mask = slots_.size() - 1;
  for (size_t at = h & mask;; at = (at + 1) & mask) {
    const int32_t i = slots_[at];
    if (i < 0) return nullptr;
    const IdentityEntry& e = entries_[static_cast<size_t>(i)];
    if (hashes_[static_cast<size_t>(i)] == h && e.kind == kind && e.account == account && e.name == name &&
        e.session == session) {
      return &e;
    }
  }
}

}  // namespace bslc::sim::detail
