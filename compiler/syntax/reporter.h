// Every diagnostic the front end reports for one file goes through one
// Reporter. It drops a second error at an offset that already has one (error
// recovery tends to trip twice over the same token) and, once the file has
// `max_errors` errors, reports E0110 a single time and then drops everything:
// the parser checks stopped() and gives up on the file. The stages report in
// their own order (lexer, parser, AST builder); flush() hands the sink the
// file's diagnostics in source order, E0110 last.
#pragma once
#include <string>
#include <unordered_set>
#include <vector>

#include "diag/diagnostic.h"
#include "source/source.h"

namespace bslc::syntax {

class Reporter {
 public:
  Reporter(diag::DiagnosticSink& sink, SourcePtr source, int max_errors);
  Reporter(const Reporter&) = delete;
  Reporter& operator=(const Reporter&) = delete;

  // Returns the stored diagnostic (to attach notes to at once: the next report
  // may move it), or nullptr when it was dropped.
  diag::Diagnostic* error(diag::Code code, Span span, std::string message, std::string help = {});

  // An internal fault (a bug in bslc, not in the input): always recorded, at the start of the file.
  void fault(std::string message, std::string help);

  bool stopped() const { return stopped_; }
  int error_count() const { return count_; }
  const SourcePtr& source() const { return source_; }
  Location at(Span span) const { return Location{source_, span}; }

  // Moves the diagnostics reported so far into the sink, sorted by position.
  void flush();

 private:
  diag::DiagnosticSink& sink_;
  SourcePtr source_;
  int max_errors_;
  int count_ = 0;
  bool stopped_ = false;
  std::unordered_set<uint32_t> offsets_;
  std::vector<diag::Diagnostic> diags_;
};

// Thrown by the error strategy once the Reporter has stopped; parse() catches it.
struct ErrorLimitReached {};

}  // namespace bslc::syntax
