// Resolution: loads the root files and everything they import (relative paths
// or stdlib names), builds the name table (constants, profiles, buckets,
// vaults), applies profiles (`use`) and secure defaults, and produces the
// resolved ir::Model. Reports unknown names, duplicates (both locations),
// import cycles, missing imports and profile conflicts as diagnostics.
#pragma once
#include <string>
#include <vector>

#include "ast/ast.h"
#include "diag/diagnostic.h"
#include "ir/model.h"
#include "syntax/parse.h"

namespace bslc::sema {

struct Options {
  syntax::ParseLimits limits;
};

struct Analysis {
  std::vector<ast::File> files;  // every parsed file: roots first, then imports, stdlib last
  ir::Model model;               // meaningful only when the sink has no errors
};

// Reads a file from disk into a Source named by `display_name`. Reports E0113
// (and returns null) when it cannot be read.
SourcePtr load_file(const std::string& path, const std::string& display_name, diag::DiagnosticSink& sink,
                    const Location& requested_at = {});

Analysis analyze(const std::vector<std::string>& root_paths, diag::DiagnosticSink& sink, const Options& options = {});

// Same, for sources already in memory (tests, stdlib checks). Relative imports
// resolve against `base_dir`.
Analysis analyze_sources(const std::vector<SourcePtr>& roots, const std::string& base_dir, diag::DiagnosticSink& sink,
                         const Options& options = {});

}  // namespace bslc::sema
