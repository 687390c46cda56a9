#include "sim/detail/arn.h"

namespace bslc::sim::detail {

ArnFields split_arn(std::string_view text) {
  ArnFields f;
  size_t start = 0;
  while (f.count < 5) {
    const size_t colon = text.find(':', start);
    if (colon == std::string_view::npos) break;
    f.field[f.count++] = text.substr(start, colon - start);
    start = colon + 1;
  }
  f.field[f.count++] = text.substr(start);
  return f;
}

ArnPattern ArnPattern::compile(std::string_view source, bool variables, KeyTable* keys) {
  ArnPattern p;
  const ArnFields f = split_arn(source);
  const PatternSyntax syntax{.wildcards = true, .variables = variables, .fold_case = false};
  for (int i = 0; i < f.count; ++i) p.fields_.push_back(Pattern::compile(f.field[i], syntax, keys));
  return p;
}

bool ArnPattern::match(std::string_view value, Slots slots) const {
  const ArnFields v = split_arn(value);
  const int n = static_cast<int>(fields_.size());
  if (v.count < n) return false;
  for (int i = 0; i + 1 < n; ++i) {
    if (!fields_[i].match(v.field[i], slots)) return false;
  }
  // The last pattern field takes the rest of the value, colons included.
  const std::string_view rest = value.substr(static_cast<size_t>(v.field[n - 1].data() - value.data()));
  return fields_[n - 1].match(rest, slots);
}

}  // namespace bslc::sim::detail
