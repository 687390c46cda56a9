// How each construct is written, for the help line of a syntax error inside
// it ("a `grant` setting is written `grant [org|cloudfront] <who> <level> ...`").
// Each form is already in backticks; alternatives are joined with "or".
#pragma once
#include <optional>
#include <string_view>

namespace bslc::syntax {

// `keyword` names the construct: a setting (`grant`), a declaration
// (`bucket`, `constant`), a CORS rule (`allow`), a vault `lock`, or a line of
// a test or property (`expect`, `never`, `always`, `with`).
std::optional<std::string_view> usage_of(std::string_view keyword);

}  // namespace bslc::syntax
