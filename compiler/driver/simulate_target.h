// What `bslc simulate` evaluates against: the documents a spec compiles to
// (SPEC.bsl --bucket ID) or JSON files (--policy, --identity,
// --kms-key-policy, --settings, --resource-account), with the Sid -> spec
// line map used to explain decisions.
#pragma once
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "ast/ast.h"
#include "driver/commands.h"
#include "driver/sim_support.h"
#include "sim/bucket.h"

namespace bslc::driver {

// A command-line mistake found while preparing the simulation (exit code 2).
struct SimulateUsageError {
  std::string message;
};

struct SimulateTarget {
  sim::BucketConfig config;
  SidLines lines;
  std::string bucket_arn;  // to turn --key into a resource; empty when unknown
  // --principal given as a constant of the spec (`partner`), as `bslc test`
  // accepts it: the name -> the principal it resolves to.
  std::map<std::string, std::string> principal_names;
};

// The principal a constant of the spec names, as `expect` resolves it: an
// account is its root ARN, a role or user its ARN, a distribution
// CloudFront's service principal. nullopt when `name` is no constant;
// throws SimulateUsageError for a constant that is not a single principal.
std::optional<std::string> principal_constant(const std::vector<ast::File>& files, const std::string& name);

// Compiles SPEC and picks the bucket (--bucket, or the only one). `principals`:
// the callers about to be simulated (see simulated_bucket); bare names among
// them are resolved with principal_constant and recorded in `target`. Returns an exit
// code when the spec does not compile, or -1 when `target` is ready. Throws
// SimulateUsageError for a missing or unknown --bucket.
int target_from_spec(const SimulateOptions& o, const std::vector<std::string>& principals, SimulateTarget& target,
                     Streams streams);

// Reads --policy / --identity / --kms-key-policy / --settings and applies them
// with --resource-account on top of `target`; with --policy, also the bucket
// ARN and the sources.json beside the policy. False (reported on `err`) when
// a file cannot be read or is not valid.
bool apply_input_files(const SimulateOptions& o, SimulateTarget& target, std::ostream& err);

// "arn:aws:s3:::name" from the first S3 resource in a policy (no wildcard in
// the name); "" when none names one. For --key with --policy, diff and import.
std::string bucket_arn_in(const std::optional<policy::Document>& doc);

// The Sid -> spec line map of the sources.json beside a policy file that
// `bslc compile` wrote; empty when there is none.
SidLines sources_beside(const std::string& policy_path);

// Reads a whole file; reports and returns nullopt when it cannot.
std::optional<std::string> read_text(const std::string& path, std::ostream& err);

}  // namespace bslc::driver
