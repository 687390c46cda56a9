// Batch simulation over JSON Lines, the engine of `bslc simulate --requests`.
//
// Input line:  {"id": "r1", "principal": "<ARN>" | "anonymous" | "<service>.amazonaws.com",
//               "action": "s3:GetObject", "resource": "arn:aws:s3:::bucket/key",
//               "context": {"key": "string" | true | 1.2 | ["list"]},
//               "object": <object state, inputs_json.h>}          ("context" and "object" optional)
// Output line: {"id": "r1", "decision": "allow" | "explicit_deny" | "implicit_deny",
//               "statements": ["Sid", ...]}
//   plus "reason" when a bucket feature decided (public_access_block, kms_key_policy,
//   object_lock, ...), "encryption" for a permitted PutObject, "error" for an
//   invalid request (bad principal).
// Blank lines are skipped; a line that is not a valid request is reported
// with its 1-based line number and skipped; the run continues.
#pragma once
#include <cstddef>
#include <istream>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "policy/json.h"
#include "sim/bucket.h"
#include "sim/request.h"
#include "sim/result.h"

namespace bslc::sim {

struct RequestLine {
  std::string id;
  Request request;
};

struct ParsedRequestLine {
  std::optional<RequestLine> line;
  std::string error;  // set when line is empty
};
ParsedRequestLine parse_request_line(std::string_view text);

// One output line (no trailing newline).
std::string format_result_line(std::string_view id, const Result& result);

struct BatchLineError {
  size_t line = 0;  // 1-based
  std::string message;
};

struct BatchReport {
  size_t evaluated = 0;
  size_t allowed = 0;
  size_t explicit_denies = 0;
  size_t implicit_denies = 0;
  std::vector<BatchLineError> errors;
  bool ok() const { return errors.empty(); }
};

BatchReport run_batch(const BucketSimulator& simulator, std::istream& requests, std::ostream& out);

// The batch inputs as file contents; everything but the bucket policy is optional.
struct BatchInputs {
  std::optional<std::string> bucket_policy_json;
  std::optional<std::string> identities_json;
  std::optional<std::string> kms_key_policy_json;
  std::optional<std::string> settings_json;
  std::string resource_account;
};

struct InputError {
  std::string input;  // "bucket policy", "identities", "KMS key policy", "settings"
  policy::ReadError error;
};

struct LoadedConfig {
  BucketConfig config;
  std::vector<InputError> errors;
  bool ok() const { return errors.empty(); }
};
LoadedConfig load_bucket_config(const BatchInputs& inputs);

}  // namespace bslc::sim
