// Finite representatives of the strings a request may carry in one place
// (action, resource, one condition key). The strings matter to the policies
// only through the wildcard patterns they are compared with, so strings fall
// into classes: two strings with the same set of matching patterns behave
// the same everywhere. enumerate_classes walks the product automaton of the
// patterns breadth-first and returns the shortest witness of every class that
// some string of the domain realises — so choosing among the witnesses is
// choosing among all strings, which is what makes a proof over them a proof.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

#include "sim/detail/arn.h"
#include "sim/detail/pattern.h"

namespace bslc::verify {

// One pattern as the simulator reads it (sim/detail/pattern.h): literal
// characters, `*` runs and `?` characters; ARN patterns keep their wildcards
// inside one colon-separated field.
struct Glob {
  struct Element {
    enum class Kind : unsigned char { Char, AnyRun, AnyChar };
    Kind kind = Kind::Char;
    char c = 0;             // Char
    bool no_colon = false;  // AnyRun / AnyChar: cannot match ':'
  };
  std::vector<Element> elements;
  bool fold = false;  // ASCII case-insensitive literal characters

  static Glob literal(std::string_view text, bool fold = false);
  static Glob prefix(std::string_view text);  // text followed by `*`
  // False when the pattern holds a policy variable (its text depends on another key).
  static bool from_pattern(const sim::detail::Pattern& pattern, Glob& out);
  static bool from_arn_pattern(const sim::detail::ArnPattern& pattern, Glob& out);
};

struct StringClasses {
  std::vector<std::string> witnesses;  // one per realisable class, shortest first
  bool complete = true;                // false: the state bound was hit; classes may be missing
};

// `domain`: the strings that may occur (any of them must match); empty = every
// string. Strings that match different domain shapes are different classes.
StringClasses enumerate_classes(const std::vector<Glob>& patterns, const std::vector<Glob>& domain,
                                size_t max_states = 50000);

}  // namespace bslc::verify
