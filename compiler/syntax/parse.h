// The front end's entry point: source text -> ast::File plus diagnostics.
// This module is the ONLY place that includes ANTLR headers (a test enforces
// it). Never throws: every failure, including ANTLR's own exceptions, becomes
// a located diagnostic.
#pragma once
#include <cstddef>

#include "ast/ast.h"
#include "diag/diagnostic.h"
#include "source/source.h"

namespace bslc::syntax {

struct ParseLimits {
  size_t max_bytes = 2 * 1024 * 1024;  // larger inputs are refused before lexing (E0108)
  int max_depth = 32;                  // bracket/brace nesting (E0109)
  int max_errors = 20;                 // syntax errors reported per file before stopping (E0110)
};

// Parses one file. On syntax errors the returned File holds whatever could be
// built; callers check sink.has_errors() before using it.
ast::File parse(const SourcePtr& source, diag::DiagnosticSink& sink, const ParseLimits& limits = {});

}  // namespace bslc::syntax
