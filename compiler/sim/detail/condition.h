// Internal: compiled condition clauses and their evaluation (reference §2).
// One Condition is one (operator, key) pair of a Condition block; a statement's
// conditions all have to hold (AND), a clause's values combine with OR (or
// "none of" for negated operators).
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/detail/arn.h"
#include "sim/detail/context.h"
#include "sim/detail/ip.h"
#include "sim/detail/pattern.h"

namespace bslc::sim::detail {

enum class Family : uint8_t { String, StringIgnoreCase, StringLike, Numeric, Date, Bool, Binary, Ip, Arn, Null };
enum class Compare : uint8_t { Eq, Lt, Le, Gt, Ge };
enum class SetQualifier : uint8_t { None, ForAllValues, ForAnyValue };

struct OperatorSpec {
  Family family = Family::String;
  Compare compare = Compare::Eq;
  bool negated = false;    // StringNotEquals, NotIpAddress, ArnNotLike, ...
  bool if_exists = false;  // ...IfExists
  SetQualifier qualifier = SetQualifier::None;
};

// "ForAnyValue:StringLikeIfExists" -> {StringLike, ForAnyValue, if_exists}.
// Operator names are matched case-insensitively. nullopt for unknown names.
std::optional<OperatorSpec> parse_operator(std::string_view name);

struct ConditionValue {
  std::string text;   // as written
  bool valid = true;  // false: the value cannot be parsed for this operator, it never compares equal
  Pattern pattern;    // String*, Bool
  std::optional<ArnPattern> arn;
  double number = 0;
  int64_t date_ms = 0;
  Cidr cidr;
  std::string bytes;                // BinaryEquals: decoded
  bool null_expect_absent = false;  // Null: "true"
};

struct Condition {
  OperatorSpec op;
  std::string op_text;   // as written
  std::string key_text;  // as written
  uint32_t key = 0;      // interned (case-insensitive)
  std::vector<ConditionValue> values;
};

// Compiles one clause; problems (bad numbers, dates, CIDRs, base64) are
// appended to `problems` and make that value never compare equal.
Condition compile_condition(const OperatorSpec& op, std::string op_text, std::string key_text,
                            const std::vector<std::string>& values, bool variables, KeyTable& keys,
                            std::vector<std::string>& problems);

struct ConditionScratch {
  std::string bytes;  // BinaryEquals request value, decoded
};

bool evaluate_condition(const Condition& c, Slots slots, ConditionScratch& scratch);

// Trace text: the request value(s), the policy values and the verdict.
std::string describe_condition(const Condition& c, Slots slots, bool result);

}  // namespace bslc::sim::detail
