// Infrastructure-as-code emitters. Both read only ir + lowered policy
// documents, so they cannot disagree with the JSON policies.
#pragma once
#include <map>
#include <string>

#include "diag/diagnostic.h"
#include "ir/model.h"
#include "lower/lower.h"

namespace bslc::emit {

enum class Format { Native, Json };  // Native: YAML for CloudFormation, HCL for Terraform

// Relative path inside the target folder -> file contents, e.g.
// "template.yaml", "README.md" for CloudFormation; "main.tf", "versions.tf",
// "README.md" for Terraform. What a target cannot express is a warning in
// `sink` and a step in README.md.
using Files = std::map<std::string, std::string>;

Files emit_cloudformation(const ir::Model& model, const lower::Output& docs, Format format, diag::DiagnosticSink& sink);
Files emit_terraform(const ir::Model& model, const lower::Output& docs, Format format, diag::DiagnosticSink& sink);

}  // namespace bslc::emit
