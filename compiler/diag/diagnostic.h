// The one diagnostic model every stage reports through. User mistakes are
// Diagnostics collected in a DiagnosticSink, never exceptions.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "source/source.h"

namespace bslc::diag {

enum class Severity { Note, Warning, Error };

enum class Code {
#define BSLC_CODE(id, sev, title) id,
#include "diag/codes.def"
#undef BSLC_CODE
};

struct CodeInfo {
  Code code;
  std::string_view id;  // "E0101"
  Severity default_severity;
  std::string_view title;
};

const CodeInfo& info(Code code);
const std::vector<CodeInfo>& all_codes();
std::optional<Code> parse_code(std::string_view id);
std::string_view severity_name(Severity s);

// A secondary location with its own message ("the profile sets it here").
struct Note {
  Location loc;  // may be invalid: a note without a location
  std::string message;
};

struct Diagnostic {
  Severity severity = Severity::Error;
  Code code = Code::E0101;
  std::string message;  // one sentence, lowercase start, user text in backticks
  Location loc;         // primary span
  std::vector<Note> notes;
  std::string help;  // what to change; empty only where there is truly nothing to say
  // The declaration the finding is in, as `bucket records` (or vault, profile,
  // test, property); empty at file level. Filled in by the driver; machine
  // reports key fingerprints and baselines on it instead of line numbers.
  std::string scope;

  Diagnostic& note(Location at, std::string text) {
    notes.push_back(Note{std::move(at), std::move(text)});
    return *this;
  }
  Diagnostic& with_help(std::string text) {
    help = std::move(text);
    return *this;
  }
};

// Builds a diagnostic with the code's default severity.
Diagnostic make(Code code, Location loc, std::string message, std::string help = {});

// Collects diagnostics; applies --werror/--disable and in-spec acknowledgements
// through the filter callback the driver installs.
class DiagnosticSink {
 public:
  Diagnostic& report(Diagnostic d);
  Diagnostic& report(Code code, Location loc, std::string message, std::string help = {}) {
    return report(make(code, std::move(loc), std::move(message), std::move(help)));
  }

  const std::vector<Diagnostic>& all() const { return diags_; }
  std::vector<Diagnostic> take() { return std::move(diags_); }
  size_t count(Severity s) const;
  bool has_errors() const { return count(Severity::Error) > 0; }
  void append(std::vector<Diagnostic> more);

  // Deterministic order: by file name, offset, then code.
  void sort();

 private:
  std::vector<Diagnostic> diags_;
};

}  // namespace bslc::diag
