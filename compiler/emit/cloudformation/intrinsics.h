// How a text Value is spelled in CloudFormation: a plain string, or one of the
// intrinsic functions Ref, Fn::GetAtt, Fn::Sub. Shared by the YAML (short
// form: !Ref, !GetAtt, !Sub) and JSON (long form) writers.
#pragma once
#include <string>

#include "emit/value.h"

namespace bslc::emit::cfn {

struct Intrinsic {
  enum class Kind { Plain, Ref, GetAtt, Sub };
  Kind kind = Kind::Plain;
  std::string argument;  // Plain: the text; Ref: logical id; GetAtt: "X.Attr"; Sub: the template
};

// Invariant for Sub: literal `${` in user text is written `${!`, which Sub
// turns back into `${` (IAM policy variables such as ${aws:username} survive).
Intrinsic intrinsic(const Value& text);

// The Fn::Sub template for text parts (exposed for tests).
std::string sub_template(const Value& text);

}  // namespace bslc::emit::cfn
