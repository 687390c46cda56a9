// The words BSL accepts where a setting names a choice, and what each means.
// The grammar lexes these as plain words; one table per choice feeds both the
// AST builder (validation into the AST enums) and the error messages (the list
// of choices, the closest one to a typo). docs/language.md lists the same words.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.h"

namespace bslc::syntax {

template <class T>
struct WordChoice {
  std::string_view word;
  T value;
  bool listed = true;  // false for aliases that "expected one of ..." leaves out
};

template <class T>
struct WordTable {
  std::string_view what;  // "encryption mode", as in "unknown encryption mode `x`"
  std::vector<WordChoice<T>> choices;

  std::optional<T> find(std::string_view word) const {
    for (const auto& c : choices)
      if (c.word == word) return c.value;
    return std::nullopt;
  }
  // Every spelling, the listed ones first so that a "did you mean" tie prefers them.
  std::vector<std::string_view> words() const {
    std::vector<std::string_view> out = listed_words();
    for (const auto& c : choices)
      if (!c.listed) out.push_back(c.word);
    return out;
  }
  std::vector<std::string_view> listed_words() const {
    std::vector<std::string_view> out;
    for (const auto& c : choices)
      if (c.listed) out.push_back(c.word);
    return out;
  }
};

// "`a`", "`a` or `b`", "`a`, `b` or `c`".
std::string quoted_list(const std::vector<std::string_view>& words);

// Public access openings: which Block Public Access protections `allow` lifts.
enum class PublicOpening { Policy, Acls };

extern const WordTable<ast::EncryptionMode> kEncryptionModes;
extern const WordTable<ast::KeySource> kKeySources;  // `new`, `arn`, `aws_managed`; any other word names a key
extern const WordTable<bool> kRequireHeader;
extern const WordTable<bool> kSwitch;  // on/off
extern const WordTable<ast::TransportMode> kTransportModes;
extern const WordTable<PublicOpening> kPublicOpenings;
extern const WordTable<ast::Ownership> kOwnershipModes;
extern const WordTable<ast::VersioningState> kVersioningStates;
extern const WordTable<ast::LockMode> kLockModes;
extern const WordTable<ast::BypassMode> kBypassModes;  // `only` is a keyword with its own form
extern const WordTable<bool> kAuditKinds;
extern const WordTable<ast::AuditScope> kAuditScopes;
extern const WordTable<ast::PerimeterKind> kPerimeterKinds;
extern const WordTable<bool> kUploadTrigger;
extern const WordTable<ast::GranteeForm> kGranteeQualifiers;
extern const WordTable<ast::AccessLevel> kAccessLevels;
extern const WordTable<bool> kPresignedModes;
extern const WordTable<bool> kMfaTargets;
extern const WordTable<ast::HttpMethod> kHttpMethods;
extern const WordTable<std::string_view> kNotifyEvents;  // word -> canonical S3 event name
extern const WordTable<ast::NotifyTarget> kNotifyTargets;
extern const WordTable<bool> kRateUnits;
extern const WordTable<bool> kVaultLockActions;
extern const WordTable<bool> kVaultLockAges;
extern const WordTable<ast::ConstKind> kConstKinds;
extern const WordTable<ast::TimeUnit> kTimeUnits;

// Names with a meaning of their own where a principal is expected.
inline constexpr std::string_view kPublicGrantee = "public";
inline constexpr std::string_view kEveryone = "everyone";

}  // namespace bslc::syntax
