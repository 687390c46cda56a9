// Escaping user text for Terraform, so that no user string can end a string,
// start an interpolation (`${`) or a template directive (`%{`).
//   HCL quoted template:  \ " newline CR tab and other control characters are
//                          backslash-escaped; `${` -> `$${`, `%{` -> `%%{`.
//   Terraform JSON:        JSON does the quoting; string values are still
//                          templates, so `${` -> `$${` and `%{` -> `%%{`.
// Invalid UTF-8 becomes U+FFFD (Terraform rejects files that are not UTF-8).
// The escaping is greedy from the left, which is how HCL reads it back:
// `$${` (user text) -> `$$${` -> `$` + literal `${`.
#pragma once
#include <string>
#include <string_view>

namespace bslc::emit {

// The body of a quoted HCL string, without the quotes.
std::string hcl_escape(std::string_view literal);
// `"` + hcl_escape(literal) + `"`.
std::string hcl_quote(std::string_view literal);
// Template escaping only, for string values in .tf.json files.
std::string tf_json_template_escape(std::string_view literal);

}  // namespace bslc::emit
