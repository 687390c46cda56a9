// The fast path of the JSONL batch: reads a request line of the common shape
// straight from the text, and writes a result line straight into a buffer,
// without building a JSON document for either.
//
// read_request_fast accepts only what it can read exactly as the general
// reader (nlohmann::json) would: one object with `id` (string), `principal`,
// `action`, `resource` (strings) and `context` (strings, booleans, numbers
// or lists of them); strings without escapes, control characters or
// non-ASCII bytes; no duplicate members. For anything else it returns
// nullopt and the caller uses the general reader, which also words every
// error; so the fast path can never change a result or a message.
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "sim/batch.h"

namespace bslc::sim::detail {

std::optional<RequestLine> read_request_fast(std::string_view text);

// The general reader (a JSON document per line), which words every error.
ParsedRequestLine read_request_general(std::string_view text);

// `"text"` as nlohmann::json writes it (error handler `replace`).
void append_json_string(std::string& out, std::string_view text);

}  // namespace bslc::sim::detail
