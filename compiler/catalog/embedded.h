// The bytes of compiler/catalog/aws-iam.tsv, embedded at build time by
// cmake/EmbedText.cmake (generated into the build tree, never committed).
#pragma once
#include <string_view>

namespace bslc::catalog {

std::string_view embedded_aws_iam_tsv();

}  // namespace bslc::catalog
