// Internal to the Terraform emitter: the configuration under construction
// and the builders that fill it, one file per resource family. Resources
// refer to each other by address (aws_s3_bucket.records.id), never by name.
#pragma once
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "emit/manual_steps.h"
#include "emit/naming.h"
#include "emit/policy_value.h"
#include "emit/terraform/hcl.h"
#include "ir/model.h"
#include "lower/lower.h"

namespace bslc::emit::tf {

// The variable that carries "<serial> <code>" for MFA delete.
inline constexpr const char* kMfaVariable = "root_mfa";

struct Config {
  Config(const ir::Model& m, const lower::Output& d, diag::DiagnosticSink& s);

  const ir::Model& model;
  const lower::Output& docs;
  diag::DiagnosticSink& sink;
  Names names;
  ArnReferences arns;                // bucket and vault ARNs -> their `arn` attribute
  std::vector<std::string> regions;  // model order; the first is the default provider's
  std::vector<Block> resources;
  std::vector<Block> variables;
  std::vector<Block> outputs;
  std::vector<ManualStep> steps;
  std::vector<std::string> notes;

  // "aws_s3_bucket.records", for the bucket's resource of `type`.
  std::string bucket_address(const std::string& type, const std::string& bucket_id) const;
  Value bucket_ref(const std::string& type, const std::string& bucket_id, const std::string& attribute) const;
  // A resource block for a bucket's `type`, with the provider of its region.
  Block bucket_resource(const std::string& type, const ir::Bucket& bucket) const;
  // "" for the default region, else "aws.<alias>".
  std::string provider_for(const std::string& region) const;
};

std::string provider_alias(const std::string& region);

void add_bucket_resources(Config& c, const ir::Bucket& bucket);  // bucket.cpp
void add_bucket_policy(Config& c, const ir::Bucket& bucket);     // bucket_policy.cpp
void add_kms_key(Config& c, const ir::Bucket& bucket);           // kms_key.cpp
void add_trail(Config& c, const ir::Bucket& bucket);             // trail.cpp
void add_vault(Config& c, const ir::Vault& vault);               // vault.cpp
void add_outputs(Config& c);                                     // outputs.cpp
// The module's terraform { required_providers } (with the aliases its
// resources use), and root/: the providers and the module call (providers.cpp).
std::vector<Block> versions_blocks(const Config& c);
std::vector<Block> root_blocks(const Config& c);
// expected_bucket_owner on the bucket sub-resources that take it (bucket.cpp).
void guard_bucket_owner(Config& c);
// Warnings and README steps for what needs more than `terraform apply` (limits.cpp).
void report_limits(Config& c);

}  // namespace bslc::emit::tf
