// `bslc fmt`: the one canonical layout of BSL text. It works on the token
// stream, so it changes whitespace only and never the meaning:
//   - two spaces of indentation per open `{` or `[`;
//   - one space between tokens on a line, none inside `[...]` brackets or
//     before a comma;
//   - the user's line breaks are kept (a statement is never joined or split),
//     blank lines collapse to one and never open or close a block; a line
//     that starts with a word that only continues a statement (`where`,
//     `and`, `unless`, `with`, `except`, ...) is indented one level more;
//   - consecutive lines of one shape are aligned: `<setting> <value>` pairs
//     (`name    "x"` / `account owner`) on the value, constant declarations
//     (`role    admin     = "..."`) on the name and the `=`;
//   - comments stay where they were (a trailing comment one space after the
//     code); no byte order mark, LF line ends, one final newline.
// The text must lex without errors (the caller parses it first).
#pragma once
#include <string>
#include <string_view>

namespace bslc::syntax {

std::string format_bsl(std::string_view text);

}  // namespace bslc::syntax
