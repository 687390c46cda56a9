// Runs the verifier over a compiled model: for every bucket, the `property`
// claims that name it and its built-in properties, on the documents exactly
// as emitted (the simulator's view, driver/bucket_config.h). check, compile
// and test report the failures as diagnostics; `bslc verify` prints every
// result.
#pragma once
#include <chrono>
#include <map>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "ir/model.h"
#include "lower/lower.h"
#include "verify/properties.h"
#include "verify/verify.h"

namespace bslc::driver {

struct ClaimResult {
  std::string bucket_id;
  verify::NamedClaim claim;
  verify::Outcome outcome;
  std::map<std::string, Location> sources;  // Sid -> spec line, over the bucket's documents
};

struct VerifyOptions {
  std::chrono::milliseconds timeout{10000};  // per property
  bool builtins = true;
  bool open_world = false;  // written properties too may face any identity policy (docs/verify.md)
};

std::vector<ClaimResult> verify_model(const ir::Model& model, const lower::Output& documents,
                                      const VerifyOptions& options);

// E0701/E0702/E0703 for written properties, W0701-W0708 for built-in ones.
void report_claims(const std::vector<ClaimResult>& results, diag::DiagnosticSink& sink);

// A context value as requests are printed: strings quoted, lists as ["a", "b"].
std::string context_value_text(const sim::ContextValue& v);
// One line that describes the counterexample request.
std::string describe_request(const sim::Request& request);
// `bslc simulate SPEC --bucket ID ...` that replays it.
std::string simulate_command(const std::string& spec, const std::string& bucket_id, const sim::Request& request);
// The request as a `bslc simulate --requests` JSON line.
std::string request_line(const std::string& id, const sim::Request& request);

}  // namespace bslc::driver
