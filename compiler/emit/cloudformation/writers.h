// Template text from the Value tree: YAML with short-form intrinsics (tags
// !Ref, !GetAtt, !Sub) or JSON with the long form.
// Both are deterministic: member order is the tree's insertion order.
#pragma once
#include <string>
#include <string_view>

#include "emit/value.h"

namespace bslc::emit::cfn {

std::string write_yaml(const Value& tmpl);
std::string write_json(const Value& tmpl);

// True when a YAML plain scalar with this text would be read as something
// other than the same string (bool, number, null, date, ...), so it is quoted.
bool yaml_needs_quotes(const std::string& text);

// A YAML double-quoted scalar holding `text`: `"` `\\` and control characters
// escaped (\n, \t, \xNN, \ufeff), invalid UTF-8 and non-characters as U+FFFD.
std::string yaml_double_quoted(std::string_view text);

}  // namespace bslc::emit::cfn
