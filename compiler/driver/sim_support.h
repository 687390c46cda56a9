// Small pieces shared by `bslc simulate` and `bslc test`: request context
// from the command line or the model, and explanations that point each
// deciding statement back at the spec line that produced it.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "ir/model.h"
#include "sim/request.h"
#include "sim/result.h"
#include "source/source.h"

namespace bslc::driver {

// Sid -> "file:line".
using SidLines = std::map<std::string, std::string>;

// `--context key=value` arguments: "true"/"false" become booleans, decimal
// numbers numbers, anything else a string; a key given twice becomes a list.
// Returns false and sets `error` on an argument without '='.
bool parse_context_args(const std::vector<std::string>& args, std::vector<sim::ContextEntry>& out, std::string& error);

sim::ContextValue to_sim_value(const ir::ContextValue& value);

// Sid -> "file:line" with file names as the user typed them (relative to the cwd).
SidLines sid_lines(const std::map<std::string, Location>& sources);

// sim::explain(result), plus where each deciding statement came from in the spec.
std::string explain_with_sources(const sim::Result& result, const SidLines& lines);

}  // namespace bslc::driver
