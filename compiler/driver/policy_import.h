// The recognising half of `bslc import`: a bucket policy (and the bucket's
// settings) written as a BSL spec. Statements bslc would generate itself
// become settings — the TLS-only and minimum-TLS denies, the SSE-C deny, and
// grants (a statement equal, action for action and condition for condition,
// to what `grant <who> <level> [prefix]` lowers to, checked by lowering the
// candidate grant) — and every other statement is kept as a written
// `statement` block with a comment saying why. Principals become constants
// named from their values. Whether the spec means the same is for the caller
// to prove (import_command.cpp).
#pragma once
#include <set>
#include <string>
#include <vector>

#include "policy/document.h"
#include "sim/bucket.h"

namespace bslc::driver {

struct ImportSource {
  std::string source_name;  // shown in the spec's header comment
  std::string bucket_name, account;
  policy::Document policy;
  sim::BucketSettings settings;  // AWS's defaults for a new bucket unless the user gave them
  bool settings_given = false;
};

struct ImportedSpec {
  std::string text;  // formatted BSL
  size_t recognised = 0, kept = 0;
  // A statement that cannot be written in BSL at all (a CanonicalUser principal, ...): no spec.
  std::vector<std::string> problems;
};

// `taken_sids`: Sids the compiled spec generates itself; a kept statement
// with one of them is renamed (`Imported<Sid>`) instead of colliding.
ImportedSpec import_bucket_policy(const ImportSource& source, const std::set<std::string>& taken_sids = {});

// The settings S3 gives a bucket created today (Block Public Access on,
// ACLs off, SSE-S3, SSE-C blocked).
sim::BucketSettings new_bucket_settings();

}  // namespace bslc::driver
