// A request to simulate: who (principal), what (action), on which resource,
// and the condition context the request carries. The simulator adds only the
// keys it derives from the principal (see evaluator.h); everything else is
// exactly what the request gives, so an absent key is absent.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/object.h"

namespace bslc::sim {

// A condition-context value. Booleans and numbers are kept as text ("true",
// "1.2"); each condition operator parses the text it needs, so an ill-typed
// value simply fails to compare.
struct ContextValue {
  enum class Kind { String, Bool, Number, List };
  Kind kind = Kind::String;
  std::string text;                // String, Bool, Number
  std::vector<std::string> items;  // List (multivalued keys such as aws:TagKeys)

  ContextValue() = default;
  ContextValue(const char* s) : text(s) {}
  ContextValue(std::string s) : text(std::move(s)) {}
  ContextValue(std::string_view s) : text(s) {}
  ContextValue(bool b) : kind(Kind::Bool), text(b ? "true" : "false") {}
  ContextValue(int n) : kind(Kind::Number), text(std::to_string(n)) {}
  ContextValue(long long n) : kind(Kind::Number), text(std::to_string(n)) {}
  ContextValue(double d);
  static ContextValue number(std::string text);
  static ContextValue list(std::vector<std::string> items);
  bool operator==(const ContextValue&) const = default;
};

struct ContextEntry {
  std::string key;  // case-insensitive; a later entry for the same key wins
  ContextValue value;
};

struct Request {
  std::string principal;  // see parse_principal
  std::string action;     // "s3:GetObject" (case-insensitive)
  std::string resource;   // "arn:aws:s3:::bucket/key"
  std::vector<ContextEntry> context;
  std::optional<ObjectState> object;  // the object version touched, when it matters (object lock, KMS reads)

  // Replaces an existing entry with the same (case-insensitive) key.
  void set(std::string key, ContextValue value);
  const ContextValue* find(std::string_view key) const;
};

enum class PrincipalKind {
  Anonymous,      // "anonymous": unsigned request
  Service,        // "logging.s3.amazonaws.com"
  Root,           // "arn:aws:iam::A:root" or a bare 12-digit account id
  User,           // "arn:aws:iam::A:user/path/name"
  Role,           // "arn:aws:iam::A:role/path/name": a session of that role, name unknown
  AssumedRole,    // "arn:aws:sts::A:assumed-role/role/session"
  FederatedUser,  // "arn:aws:sts::A:federated-user/name"
};

std::string_view to_string(PrincipalKind k);

// A parsed request principal. Views point into the parsed text.
struct PrincipalInfo {
  PrincipalKind kind = PrincipalKind::Anonymous;
  std::string_view text;       // as given
  std::string_view partition;  // "aws", "aws-cn", ...; empty for anonymous and services
  std::string_view account;    // 12 digits; empty for anonymous and services
  std::string_view name;       // user, role or federated user name; the service name for services
  std::string_view path;       // IAM path of users and roles ("/" when none)
  std::string_view session;    // session name of an assumed role
};

// Accepts an IAM/STS ARN, "anonymous", "<service>.amazonaws.com[.cn]" or a
// 12-digit account id (meaning that account's root user). On failure returns
// nullopt and, when `error` is given, says why.
std::optional<PrincipalInfo> parse_principal(std::string_view text, std::string* error = nullptr);

}  // namespace bslc::sim
