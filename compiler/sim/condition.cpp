#include "sim/detail/condition.h"

#include <fmt/format.h>

#include "sim/detail/scalar.h"

namespace bslc::sim::detail {
namespace {

struct BaseOperator {
  std::string_view name;  // lower case
  Family family;
  Compare compare;
  bool negated;
};

constexpr BaseOperator kOperators[] = {
    {"stringequals", Family::String, Compare::Eq, false},
    {"stringnotequals", Family::String, Compare::Eq, true},
    {"stringequalsignorecase", Family::StringIgnoreCase, Compare::Eq, false},
    {"stringnotequalsignorecase", Family::StringIgnoreCase, Compare::Eq, true},
    {"stringlike", Family::StringLike, Compare::Eq, false},
    {"stringnotlike", Family::StringLike, Compare::Eq, true},
    {"numericequals", Family::Numeric, Compare::Eq, false},
    {"numericnotequals", Family::Numeric, Compare::Eq, true},
    {"numericlessthan", Family::Numeric, Compare::Lt, false},
    {"numericlessthanequals", Family::Numeric, Compare::Le, false},
    {"numericgreaterthan", Family::Numeric, Compare::Gt, false},
    {"numericgreaterthanequals", Family::Numeric, Compare::Ge, false},
    {"dateequals", Family::Date, Compare::Eq, false},
    {"datenotequals", Family::Date, Compare::Eq, true},
    {"datelessthan", Family::Date, Compare::Lt, false},
    {"datelessthanequals", Family::Date, Compare::Le, false},
    {"dategreaterthan", Family::Date, Compare::Gt, false},
    {"dategreaterthanequals", Family::Date, Compare::Ge, false},
    {"bool", Family::Bool, Compare::Eq, false},
    {"binaryequals", Family::Binary, Compare::Eq, false},
    {"ipaddress", Family::Ip, Compare::Eq, false},
    {"notipaddress", Family::Ip, Compare::Eq, true},
    {"arnequals", Family::Arn, Compare::Eq, false},
    {"arnlike", Family::Arn, Compare::Eq, false},
    {"arnnotequals", Family::Arn, Compare::Eq, true},
    {"arnnotlike", Family::Arn, Compare::Eq, true},
    {"null", Family::Null, Compare::Eq, false},
};

template <typename T>
bool compare(Compare how, T request, T policy) {
  switch (how) {
    case Compare::Eq: return request == policy;
    case Compare::Lt: return request < policy;
    case Compare::Le: return request <= policy;
    case Compare::Gt: return request > policy;
    case Compare::Ge: return request >= policy;
  }
  return false;
}

// The request value parsed once per clause for the typed families.
struct Parsed {
  bool ok = true;
  double number = 0;
  int64_t date_ms = 0;
  IpAddress ip;
};

Parsed parse_request_value(Family family, std::string_view v, ConditionScratch& scratch) {
  Parsed p;
  switch (family) {
    case Family::Numeric: p.ok = parse_number(v, p.number); break;
    case Family::Date: p.ok = parse_date(v, p.date_ms); break;
    case Family::Ip: p.ok = parse_ip(v, p.ip); break;
    case Family::Binary:
      // [U] Request values are base64 like policy values; anything else is compared as raw bytes.
      if (!base64_decode(v, scratch.bytes)) scratch.bytes.assign(v);
      break;
    default: break;
  }
  return p;
}

bool compare_one(const Condition& c, const ConditionValue& p, std::string_view v, const Parsed& parsed,
                 const ConditionScratch& scratch, Slots slots) {
  if (!p.valid || !parsed.ok) return false;
  switch (c.op.family) {
    case Family::String:
    case Family::StringIgnoreCase:
    case Family::StringLike:
    case Family::Bool: return p.pattern.match(v, slots);
    case Family::Numeric: return compare(c.op.compare, parsed.number, p.number);
    case Family::Date: return compare(c.op.compare, parsed.date_ms, p.date_ms);
    case Family::Binary: return scratch.bytes == p.bytes;
    case Family::Ip: return cidr_contains(p.cidr, parsed.ip);
    case Family::Arn: return p.arn->match(v, slots);
    case Family::Null: return false;
  }
  return false;
}

// One request value against the policy values: any of them for a positive
// operator, none of them for a negated one (§2.5 match1).
bool match_value(const Condition& c, std::string_view v, Slots slots, ConditionScratch& scratch) {
  const Parsed parsed = parse_request_value(c.op.family, v, scratch);
  bool any = false;
  for (const auto& p : c.values) {
    if (compare_one(c, p, v, parsed, scratch, slots)) {
      any = true;
      break;
    }
  }
  return c.op.negated ? !any : any;
}

std::string quoted_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) out += fmt::format("{}`{}`", i ? ", " : "", items[i]);
  return out + "]";
}

}  // namespace

std::optional<OperatorSpec> parse_operator(std::string_view name) {
  OperatorSpec spec;
  if (istarts_with(name, "ForAllValues:")) {
    spec.qualifier = SetQualifier::ForAllValues;
    name.remove_prefix(13);
  } else if (istarts_with(name, "ForAnyValue:")) {
    spec.qualifier = SetQualifier::ForAnyValue;
    name.remove_prefix(12);
  }
  if (iends_with(name, "IfExists")) {
    spec.if_exists = true;
    name.remove_suffix(8);
  }
  for (const auto& op : kOperators) {
    if (iequals(name, op.name)) {
      if (op.family == Family::Null && (spec.if_exists || spec.qualifier != SetQualifier::None)) return std::nullopt;
      spec.family = op.family;
      spec.compare = op.compare;
      spec.negated = op.negated;
      return spec;
    }
  }
  return std::nullopt;
}

Condition compile_condition(const OperatorSpec& op, std::string op_text, std::string key_text,
                            const std::vector<std::string>& values, bool variables, KeyTable& keys,
                            std::vector<std::string>& problems) {
  Condition c;
  c.op = op;
  c.key = keys.intern(key_text);
  c.op_text = std::move(op_text);
  c.key_text = std::move(key_text);
  for (const auto& text : values) {
    ConditionValue v;
    v.text = text;
    auto bad = [&](std::string_view what) {
      v.valid = false;
      problems.push_back(fmt::format("`{}` is not {} for `{}`", text, what, c.op_text));
    };
    switch (op.family) {
      case Family::String:
      case Family::StringIgnoreCase:
      case Family::StringLike:
        v.pattern = Pattern::compile(text,
                                     {.wildcards = op.family == Family::StringLike,
                                      .variables = variables,
                                      .fold_case = op.family == Family::StringIgnoreCase},
                                     &keys);
        break;
      case Family::Bool:
        v.pattern = Pattern::compile(text, {.wildcards = false, .variables = variables, .fold_case = true}, &keys);
        if (!v.pattern.has_variables() && !iequals(text, "true") && !iequals(text, "false")) bad("`true` or `false`");
        break;
      case Family::Numeric:
        if (!parse_number(text, v.number)) bad("a number");
        break;
      case Family::Date:
        if (!parse_date(text, v.date_ms)) bad("an ISO 8601 date or epoch seconds");
        break;
      case Family::Binary:
        if (!base64_decode(text, v.bytes)) bad("base64");
        break;
      case Family::Ip:
        if (!parse_cidr(text, v.cidr)) bad("an IPv4 or IPv6 address or CIDR block");
        break;
      case Family::Arn: v.arn = ArnPattern::compile(text, variables, &keys); break;
      case Family::Null:
        if (iequals(text, "true")) {
          v.null_expect_absent = true;
        } else if (!iequals(text, "false")) {
          bad("`true` or `false`");
        }
        break;
    }
    c.values.push_back(std::move(v));
  }
  return c;
}

bool evaluate_condition(const Condition& c, Slots slots, ConditionScratch& scratch) {
  const ValueView& v = slots[c.key];
  if (c.op.family == Family::Null) {
    for (const auto& p : c.values) {
      if (p.valid && p.null_expect_absent == v.absent()) return true;
    }
    return false;
  }
  switch (c.op.qualifier) {
    case SetQualifier::ForAllValues:
      // Vacuously true for a missing key or an empty set (§2.4).
      if (v.no_values()) return true;
      if (v.state == ValueView::State::Scalar) return match_value(c, v.text, slots, scratch);
      for (const auto& item : *v.items) {
        if (!match_value(c, item, slots, scratch)) return false;
      }
      return true;
    case SetQualifier::ForAnyValue:
      // [U] IfExists still makes a missing key true, as for every other operator (§2.2 table).
      if (v.no_values()) return v.absent() && c.op.if_exists;
      if (v.state == ValueView::State::Scalar) return match_value(c, v.text, slots, scratch);
      for (const auto& item : *v.items) {
        if (match_value(c, item, slots, scratch)) return true;
      }
      return false;
    case SetQualifier::None: break;
  }
  // Missing key: IfExists and negated operators are true, positive ones false (§2.2).
  if (v.no_values()) return c.op.if_exists || c.op.negated;
  if (v.state == ValueView::State::Scalar) return match_value(c, v.text, slots, scratch);
  // [U] A multivalued key without a set operator behaves as ForAnyValue.
  for (const auto& item : *v.items) {
    if (match_value(c, item, slots, scratch)) return true;
  }
  return false;
}

std::string describe_condition(const Condition& c, Slots slots, bool result) {
  const ValueView& v = slots[c.key];
  std::vector<std::string> policy;
  for (const auto& p : c.values) policy.push_back(p.text);
  std::string request;
  if (v.absent()) {
    request = "key is absent";
    if (c.op.family == Family::Null) {
      request += ", so Null is `true`";
    } else if (c.op.qualifier == SetQualifier::ForAllValues) {
      request += ", ForAllValues is vacuously true";
    } else if (c.op.if_exists) {
      request += ", IfExists makes it true";
    } else if (c.op.qualifier == SetQualifier::ForAnyValue) {
      request += ", ForAnyValue is false";
    } else if (c.op.negated) {
      request += ", a negated operator is true";
    } else {
      request += ", a positive operator is false";
    }
  } else if (v.state == ValueView::State::List) {
    request = fmt::format("request values {}", quoted_list(*v.items));
  } else {
    request = fmt::format("request value `{}`", v.text);
  }
  return fmt::format("{}; policy {} {} -> {}", request, c.op.negated ? "values (none may match)" : "values",
                     quoted_list(policy), result ? "true" : "false");
}

}  // namespace bslc::sim::detail
