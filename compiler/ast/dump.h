// A stable, indented text form of an ast::File for golden tests and
// `bslc dump-ast`. Spans are printed as line:col-line:col.
#pragma once
#include <string>
#include <string_view>

#include "ast/ast.h"

namespace bslc::ast {

std::string dump(const File& file);

// A string literal in BSL's own escape syntax (one line, reads like the
// source): what the dump prints, and what `bslc import` writes.
std::string quote(std::string_view text);

}  // namespace bslc::ast
