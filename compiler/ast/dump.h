// A stable, indented text form of an ast::File for golden tests and
// `bslc dump-ast`. Spans are printed as line:col-line:col.
#pragma once
#include <string>

#include "ast/ast.h"

namespace bslc::ast {

std::string dump(const File& file);

}  // namespace bslc::ast
