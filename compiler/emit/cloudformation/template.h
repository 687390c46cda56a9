// Internal to the CloudFormation emitter: the template under construction and
// the builders that fill it, one file per resource family.
#pragma once
#include <map>
#include <string>
#include <vector>

#include "diag/diagnostic.h"
#include "emit/manual_steps.h"
#include "emit/naming.h"
#include "emit/policy_value.h"
#include "emit/value.h"
#include "ir/model.h"
#include "lower/lower.h"

namespace bslc::emit::cfn {

struct Template {
  Template(const ir::Model& m, const lower::Output& d, diag::DiagnosticSink& s);

  const ir::Model& model;
  const lower::Output& docs;
  diag::DiagnosticSink& sink;
  Names names;
  // Every bucket ARN -> !GetAtt X.Arn, for bucket policies.
  ArnReferences arns;
  Value resources = Value::map();
  Value outputs = Value::map();
  std::vector<ManualStep> steps;
  std::vector<std::string> notes;
  std::map<std::string, std::string> extra_files;  // e.g. vault lock policies for the CLI

  // References to resources of this template.
  Value ref(const std::string& logical_id) const { return Value::reference({logical_id, ""}); }
  Value get_att(const std::string& logical_id, const std::string& attribute) const {
    return Value::reference({logical_id, attribute});
  }
  // A resource entry: Type, optional DependsOn, optional Retain policies, Properties.
  Value& add_resource(const std::string& logical_id, const std::string& type, Value properties,
                      const std::vector<std::string>& depends_on = {}, bool retain = false);
};

void add_bucket(Template& t, const ir::Bucket& bucket);         // bucket.cpp
void add_bucket_policy(Template& t, const ir::Bucket& bucket);  // bucket_policy.cpp
void add_kms_key(Template& t, const ir::Bucket& bucket);        // kms_key.cpp
void add_trail(Template& t, const ir::Bucket& bucket);          // trail.cpp
void add_vault(Template& t, const ir::Vault& vault);            // vault.cpp: the lock policy file
// The file (next to the template) holding a vault's lock policy for the CLI.
std::string vault_lock_file_name(const ir::Vault& vault);
void add_outputs(Template& t);  // outputs.cpp
// Warnings and README steps for what CloudFormation cannot do (limits.cpp).
// `template_file` is the template's file name, for commands that read it.
void report_limits(Template& t, const std::string& template_file);

// Property builders of AWS::S3::Bucket, one per setting (bucket_properties.cpp).
Value encryption_properties(const Template& t, const ir::Bucket& bucket);
Value public_access_properties(const ir::PublicAccess& pab);
Value ownership_properties(ir::Ownership ownership);
Value object_lock_properties(const ir::ObjectLock& lock);
Value logging_properties(const Template& t, const ir::Logging& logging);
Value cors_properties(const std::vector<ir::CorsRule>& rules);
Value notification_properties(const std::vector<ir::Notification>& notifications);

}  // namespace bslc::emit::cfn
