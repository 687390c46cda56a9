#include <limits>

#include "ast/ast.h"

namespace bslc::ast {
namespace {

int64_t unit_seconds(TimeUnit unit) {
  switch (unit) {
    case TimeUnit::Seconds: return 1;
    case TimeUnit::Minutes: return 60;
    case TimeUnit::Hours: return 3600;
    case TimeUnit::Days: return 86400;
    case TimeUnit::Years: return 365 * 86400;
  }
  return 1;
}

}  // namespace

int64_t Duration::seconds() const {
  constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
  int64_t total = 0;
  for (const Part& part : parts) {
    // The grammar has no minus sign; a negative amount can only come from a hand-built node and counts as zero.
    const int64_t amount = part.amount < 0 ? 0 : part.amount;
    int64_t part_seconds = 0;
    if (__builtin_mul_overflow(amount, unit_seconds(part.unit), &part_seconds)) return kMax;
    if (__builtin_add_overflow(total, part_seconds, &total)) return kMax;
  }
  return total;
}

}  // namespace bslc::ast
