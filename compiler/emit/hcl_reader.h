// A reader for the subset of HCL that the Terraform emitter writes (blocks,
// attributes, quoted templates with ${...} interpolation, traversals, tuples,
// objects, numbers, booleans, null and jsonencode(...)). It exists so tests
// can read emitted Terraform back and compare it with the JSON policies: it
// is not a general HCL parser. Values are evaluated while parsing: a
// traversal (aws_s3_bucket.records.arn) asks the resolver, and jsonencode(x)
// evaluates to x itself, so a policy reads back as the JSON it encodes.
#pragma once
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace bslc::emit {

// Traversal text ("aws_s3_bucket.records.arn") -> value; nullopt leaves the
// text "<unresolved:...>" in its place, which no policy comparison accepts.
using HclResolver = std::function<std::optional<nlohmann::json>(const std::string& traversal)>;

struct HclBlock {
  std::string type;
  std::vector<std::string> labels;
  std::vector<std::pair<std::string, nlohmann::json>> attributes;
  std::vector<HclBlock> blocks;
  const nlohmann::json* attribute(const std::string& name) const;
};

// The whole file as the body of an unnamed block. Syntax errors go to `errors`.
HclBlock read_hcl(std::string_view text, const HclResolver& resolve, std::vector<std::string>& errors);

// A template without quotes or backslash escapes, as in a Terraform JSON
// string value ("${aws_s3_bucket.records.arn}/*"). A template that is one
// interpolation and nothing else yields that value unconverted, as in HCL.
nlohmann::json read_hcl_template(std::string_view text, const HclResolver& resolve, std::vector<std::string>& errors);

}  // namespace bslc::emit
