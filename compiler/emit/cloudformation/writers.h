// Template text from the Value tree: YAML with short-form intrinsics (tags
// !Ref, !GetAtt, !Sub written by yaml-cpp) or JSON with the long form.
// Both are deterministic: member order is the tree's insertion order.
#pragma once
#include <string>

#include "emit/value.h"

namespace bslc::emit::cfn {

std::string write_yaml(const Value& tmpl);
std::string write_json(const Value& tmpl);

// True when a YAML plain scalar with this text would be read as something
// other than the same string (bool, number, null, date, ...), so it is quoted.
bool yaml_needs_quotes(const std::string& text);

}  // namespace bslc::emit::cfn
