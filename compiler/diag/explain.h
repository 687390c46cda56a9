// Long explanations of every diagnostic code: why it matters, an example
// that triggers it and the fixed version. One table feeds `bslc explain CODE`
// and docs/diagnostics.md (render_markdown); tests/unit/diag checks that every
// code in codes.def has an entry and that the document is current.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "diag/diagnostic.h"

namespace bslc::diag {

struct Explanation {
  std::string_view why;   // a paragraph; rendered wrapped
  std::string_view bad;   // an example that triggers the code
  std::string_view good;  // the same example, fixed
  // Language of the examples: "bsl" for specs, "json" for policy documents
  // (the E06xx/W06xx lints also run on hand-written policies), "sh" for
  // command lines, "yaml" for .bslc.yaml.
  std::string_view language = "bsl";
};

// nullopt when a code has no explanation yet (a test fails in that case).
std::optional<Explanation> explanation(Code code);

// For `bslc explain CODE`: header line, why, bad and good examples, as text.
std::string render_explanation(Code code);

// docs/diagnostics.md: an index table and one section per code, in codes.def order.
std::string render_markdown();

}  // namespace bslc::diag
