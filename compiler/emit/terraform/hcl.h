// Internal to the Terraform emitter: a Terraform configuration as blocks of
// attributes, written either as HCL (terraform fmt style: consecutive
// one-line attributes have their `=` aligned) or as Terraform JSON.
#pragma once
#include <string>
#include <utility>
#include <vector>

#include "emit/value.h"

namespace bslc::emit::tf {

struct Block {
  std::string type;                   // "resource", "rule", "provider", ...
  std::vector<std::string> labels;    // {"aws_s3_bucket", "records"}
  std::vector<std::string> comments;  // `# ...` lines above the block (HCL only)
  // Meta-arguments. In Terraform JSON they are plain strings ("aws.eu_west_1",
  // "aws_s3_bucket_versioning.records"), never templates.
  std::string provider;  // written first
  std::vector<std::pair<std::string, Value>> attributes;
  std::vector<Block> blocks;
  std::vector<std::string> depends_on;  // written last

  Block() = default;
  Block(std::string block_type, std::vector<std::string> block_labels = {})
      : type(std::move(block_type)), labels(std::move(block_labels)) {}

  Block& set(std::string name, Value value) {
    attributes.emplace_back(std::move(name), std::move(value));
    return *this;
  }
  Block& add(Block nested) {
    blocks.push_back(std::move(nested));
    return *this;
  }
};

// One file's top-level blocks, separated by blank lines.
std::string write_hcl(const std::vector<Block>& blocks);
std::string write_tf_json(const std::vector<Block>& blocks);

// An HCL expression for a Value. `compact` writes it on one line (used inside
// Terraform JSON templates: "${jsonencode({...})}"); otherwise objects and
// lists of objects span lines, indented from `indent`.
std::string hcl_expression(const Value& value, bool compact, int indent = 0);

}  // namespace bslc::emit::tf
