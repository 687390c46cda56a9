// Text for XML and HTML element content and attribute values: the five
// markup characters as entities; control characters that XML 1.0 cannot carry
// even escaped are dropped. Used by the JUnit report and `bslc access --format html`.
#pragma once
#include <string>
#include <string_view>

namespace bslc::diag {

std::string xml_escape(std::string_view s);

}  // namespace bslc::diag
