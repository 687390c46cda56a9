// Fills Diagnostic::scope: the declaration (bucket, vault, profile, test,
// property) whose text contains the finding's primary location. Fingerprints
// and baselines key on it, so a finding keeps its identity when lines move.
#pragma once
#include <vector>

#include "ast/ast.h"
#include "diag/diagnostic.h"

namespace bslc::driver {

void annotate_scopes(std::vector<diag::Diagnostic>& ds, const std::vector<ast::File>& files);

}  // namespace bslc::driver
