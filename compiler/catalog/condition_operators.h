// IAM's condition operators, without the `ForAnyValue:` / `ForAllValues:`
// set qualifiers and the `IfExists` suffix (IAM User Guide, "IAM JSON policy
// elements: Condition operators",
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html).
// The one list: a written statement's operators are checked against it, and
// the simulator's corpus must exercise each.
#pragma once
#include <string_view>
#include <vector>

namespace bslc::catalog {

const std::vector<std::string_view>& condition_operators();

// `op` as written (qualifiers and suffix allowed) names an IAM operator.
bool is_condition_operator(std::string_view op);

}  // namespace bslc::catalog
