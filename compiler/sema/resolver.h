// Turns names and literals in settings into resolved values: principals,
// constant values (endpoints, CIDRs, keys). Reports unknown names (E0201) and
// names of the wrong kind (E0205) at the reference.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "ast/ast.h"
#include "diag/diagnostic.h"
#include "ir/model.h"
#include "sema/symbols.h"

namespace bslc::sema {

class Resolver {
 public:
  Resolver(const SymbolTable& symbols, diag::DiagnosticSink& sink) : symbols_(symbols), sink_(sink) {}

  // A grantee, exception or test principal. `public`/`anonymous` only when allowed.
  std::optional<ir::Principal> principal(const ast::Ref& ref, const SourcePtr& src, bool allow_public = false);
  std::vector<ir::Principal> principals(const std::vector<ast::Ident>& names, const SourcePtr& src);

  // Values of a constant of one of `kinds`, or the literal itself.
  std::vector<std::string> values(const ast::Ref& ref, const SourcePtr& src, std::vector<ast::ConstKind> kinds,
                                  const char* expected);
  // The single value of a constant or literal (e.g. an account id).
  std::optional<std::string> value(const ast::Ref& ref, const SourcePtr& src, std::vector<ast::ConstKind> kinds,
                                   const char* expected);

  diag::DiagnosticSink& sink() { return sink_; }
  const SymbolTable& symbols() const { return symbols_; }

 private:
  const ast::ConstDecl* constant(const ast::Ref& ref, const SourcePtr& src, const std::vector<ast::ConstKind>& kinds,
                                 const char* expected);
  const SymbolTable& symbols_;
  diag::DiagnosticSink& sink_;
};

// Field 5 of an ARN (the account id), or "" when absent.
std::string arn_account(const std::string& arn);
// Principal for a literal string: account id, IAM/STS ARN, org id, service host, CloudFront ARN.
ir::Principal principal_from_literal(const std::string& text);

}  // namespace bslc::sema
