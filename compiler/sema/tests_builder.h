// Resolves `test` and `property` blocks: principals to ARNs, "bucket/key"
// resources to physical ARNs, names in context values to constant values.
#pragma once
#include "ast/ast.h"
#include "ir/model.h"
#include "sema/resolver.h"

namespace bslc::sema {

ir::Test build_test(const ast::TestDecl& decl, const SourcePtr& src, Resolver& r, const ir::Model& model);
ir::Property build_property(const ast::PropertyDecl& decl, const SourcePtr& src, Resolver& r, const ir::Model& model);

}  // namespace bslc::sema
