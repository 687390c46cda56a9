// Internal: identity documents by principal, keyed by what a request principal
// reveals: (kind, account, name[, session]). Paths are not part of the key: a
// session ARN drops its role's path, and IAM user and role names are unique
// per account. Lookups hash in O(1) and build no strings.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "sim/request.h"

namespace bslc::sim::detail {

struct IdentityEntry {
  enum class Kind : uint8_t { User, Role, Session, FederatedUser };
  Kind kind = Kind::User;
  std::string account;
  std::string name;     // user, role or federated user name
  std::string session;  // Session only
  std::string arn;      // as written in identities (a role's ARN keeps its path)
  std::vector<uint32_t> documents;
};

class IdentityIndex {
 public:
  // False for principals that cannot have identity policies (root, anonymous, services).
  bool add(const PrincipalInfo& p, std::string_view arn, const std::vector<uint32_t>& documents);
  const IdentityEntry* find(IdentityEntry::Kind kind, std::string_view account, std::string_view name,
                            std::string_view session = {}) const;
  bool empty() const { return entries_.empty(); }

 private:
  static uint64_t hash(IdentityEntry::Kind kind, std::string_view account, std::string_view name,
                       std::string_view session);
  void rebuild();

  std::vector<IdentityEntry> entries_;
  std::vector<int32_t> slots_;    // entry index or -1; power-of-two size, at most half full
  std::vector<uint64_t> hashes_;  // parallel to entries_
};

}  // namespace bslc::sim::detail
