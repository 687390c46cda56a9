// The one namespace of a compilation: constants, profiles, buckets and vaults
// from every loaded file. Duplicates are reported with both locations.
#pragma once
#include <map>
#include <string>

#include "ast/ast.h"
#include "diag/diagnostic.h"

namespace bslc::sema {

struct Symbol {
  enum class Kind { Constant, Profile, Bucket, Vault };
  Kind kind = Kind::Constant;
  const ast::ConstDecl* constant = nullptr;
  const ast::BucketDecl* body = nullptr;  // profile or bucket
  const ast::VaultDecl* vault = nullptr;
  Location loc;  // the declared name
};

const char* describe(const Symbol& s);  // with its article: "an account constant", "a profile", ...

class SymbolTable {
 public:
  explicit SymbolTable(diag::DiagnosticSink& sink) : sink_(sink) {}
  void declare_file(const ast::File& file);
  const Symbol* find(const std::string& name) const;
  // Reports E0201 with a "did you mean" hint when the name is unknown (not
  // when its declaration had a syntax error: that error was reported).
  const Symbol* lookup(const std::string& name, const Location& at, const char* expected) const;

 private:
  void declare(const std::string& name, Symbol symbol);
  diag::DiagnosticSink& sink_;
  std::map<std::string, Symbol> symbols_;
  std::vector<std::string> broken_;  // declared with a syntax error: lookups fail silently
};

// The closest known name within edit distance 2, or "" when none.
std::string closest_name(const std::string& name, const std::map<std::string, Symbol>& table);
// The same among a list of words.
std::string closest_word(const std::string& name, const std::vector<std::string>& words);

}  // namespace bslc::sema
