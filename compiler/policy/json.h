// One JSON writer and one JSON reader for policy documents.
// Writer: deterministic, 2-space indentation, statement members in the order
// Sid, Effect, Principal/NotPrincipal, Action/NotAction, Resource/NotResource,
// Condition; condition operators and keys sorted; a single value is written
// as a scalar, several as an array.
// Reader: accepts what AWS accepts from people: scalar or list values,
// `"Principal": "*"`, NotPrincipal/NotAction/NotResource, a single statement
// object instead of a list, boolean and number condition values.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "policy/document.h"

namespace bslc::policy {

std::string write_json(const Document& doc);

struct ReadError {
  std::string path;  // JSON path of the problem, e.g. "Statement[2].Condition"
  std::string message;
};

struct ReadResult {
  Document document;
  std::vector<ReadError> errors;  // empty on success
  bool ok() const { return errors.empty(); }
};

ReadResult read_json(std::string_view text);

// Size as AWS counts it for identity policies: characters excluding whitespace.
size_t non_whitespace_size(std::string_view json);

}  // namespace bslc::policy
