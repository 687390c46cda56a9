// Loads root files and, transitively, what they import: relative paths
// resolve against the importing file's folder, bare names against the
// embedded stdlib. Detects missing imports (E0204) and cycles (E0203).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.h"
#include "diag/diagnostic.h"
#include "syntax/parse.h"

namespace bslc::sema {

struct LoadedFile {
  ast::File ast;
  std::string key;  // canonical identity: absolute path, or "<stdlib>/name.bsl"
  bool is_stdlib = false;
};

class Loader {
 public:
  Loader(diag::DiagnosticSink& sink, syntax::ParseLimits limits) : sink_(sink), limits_(limits) {}

  // `key` identifies the file (absolute path); relative imports resolve against `dir`.
  void add_root(const SourcePtr& source, const std::string& key, const std::string& dir);
  void add_root_path(const std::string& path);

  std::vector<LoadedFile> take() { return std::move(files_); }

 private:
  void visit(const SourcePtr& source, const std::string& key, const std::string& dir, bool is_stdlib);
  void visit_stdlib(const std::string& key, std::string_view text);
  void follow_import(const ast::Import& import, const SourcePtr& from, const std::string& dir);
  void report_cycle(const ast::Import& import, const SourcePtr& from, const std::string& key);

  diag::DiagnosticSink& sink_;
  syntax::ParseLimits limits_;
  std::vector<LoadedFile> files_;
  std::vector<std::string> done_;   // keys fully loaded
  std::vector<std::string> stack_;  // keys being loaded: a repeat is a cycle
};

}  // namespace bslc::sema
