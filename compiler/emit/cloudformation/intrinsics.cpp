#include "emit/cloudformation/intrinsics.h"

namespace bslc::emit::cfn {

std::string sub_template(const Value& text) {
  std::string out;
  for (const auto& part : text.text_parts()) {
    if (part.ref) {
      out += "${" + part.ref->target + (part.ref->attribute.empty() ? "" : "." + part.ref->attribute) + "}";
      continue;
    }
    for (size_t i = 0; i < part.literal.size(); ++i) {
      out += part.literal[i];
      if (part.literal[i] == '$' && i + 1 < part.literal.size() && part.literal[i + 1] == '{') {
        out += "{!";
        ++i;
      }
    }
  }
  return out;
}

Intrinsic intrinsic(const Value& text) {
  if (auto literal = text.as_literal()) return {Intrinsic::Kind::Plain, *literal};
  if (const Ref* ref = text.as_reference()) {
    if (ref->attribute.empty()) return {Intrinsic::Kind::Ref, ref->target};
    return {Intrinsic::Kind::GetAtt, ref->target + "." + ref->attribute};
  }
  return {Intrinsic::Kind::Sub, sub_template(text)};
}

}  // namespace bslc::emit::cfn
