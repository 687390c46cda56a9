#include "catalog/condition_operators.h"

#include <algorithm>

namespace bslc::catalog {

const std::vector<std::string_view>& condition_operators() {
  static const std::vector<std::string_view> kOperators = {"StringEquals",
                                                           "StringNotEquals",
                                                           "StringEqualsIgnoreCase",
                                                           "StringNotEqualsIgnoreCase",
                                                           "StringLike",
                                                           "StringNotLike",
                                                           "NumericEquals",
                                                           "NumericNotEquals",
                                                           "NumericLessThan",
                                                           "NumericLessThanEquals",
                                                           "NumericGreaterThan",
                                                           "NumericGreaterThanEquals",
                                                           "DateEquals",
                                                           "DateNotEquals",
                                                           "DateLessThan",
                                                           "DateLessThanEquals",
                                                           "DateGreaterThan",
                                                           "DateGreaterThanEquals",
                                                           "Bool",
                                                           "BinaryEquals",
                                                           "IpAddress",
                                                           "NotIpAddress",
                                                           "ArnEquals",
                                                           "ArnLike",
                                                           "ArnNotEquals",
                                                           "ArnNotLike",
                                                           "Null"};
  return kOperators;
}

bool is_condition_operator(std::string_view op) {
  for (std::string_view set : {"ForAnyValue:", "ForAllValues:"})
    if (op.starts_with(set)) op.remove_prefix(set.size());
  if (op != "Null" && op.ends_with("IfExists")) op.remove_suffix(8);
  const auto& all = condition_operators();
  return std::find(all.begin(), all.end(), op) != all.end();
}

}  // namespace bslc::catalog
