// The ANTLR-generated lexer and parser (namespace bslcgen, built into the
// build tree from grammar/). Included through this header only, so that the
// generated code's pedantic warnings are silenced in one place.
#pragma once
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpedantic"
#include "bslcgen/BslLexer.h"
#include "bslcgen/BslParser.h"
#pragma GCC diagnostic pop
