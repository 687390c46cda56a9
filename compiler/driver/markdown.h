// Text inside a GitHub-flavoured markdown table cell: the characters markdown
// would read as syntax are backslash-escaped and a newline (which would end
// the row) becomes a space. Used by `bslc diff` and `bslc access`.
#pragma once
#include <string>
#include <string_view>

namespace bslc::driver {

std::string md_escape(std::string_view s);

}  // namespace bslc::driver
