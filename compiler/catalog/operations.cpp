#include "catalog/operations.h"

#include <cctype>
#include <string>

namespace bslc::catalog {
namespace {

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i]))) return false;
  return true;
}

bool istarts_with(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && iequals(s.substr(0, prefix.size()), prefix);
}

// Operations authorized as s3:PutObject (S3 User Guide, "Required permissions
// for Amazon S3 API operations": CopyObject needs s3:PutObject on the
// destination, POST uploads and every multipart step are PutObject).
constexpr Operation kOperations[] = {
    {"s3:CreateMultipartUpload", "s3:PutObject", true},
    {"s3:UploadPart", "s3:PutObject", false},
    {"s3:UploadPartCopy", "s3:PutObject", false},
    {"s3:CompleteMultipartUpload", "s3:PutObject", false},
    {"s3:CopyObject", "s3:PutObject", true},
    {"s3:PostObject", "s3:PutObject", true},
};

}  // namespace

std::optional<Operation> s3_operation(std::string_view name) {
  for (const auto& op : kOperations)
    if (iequals(op.name, name)) return op;
  return std::nullopt;
}

std::span<const Operation> s3_operations() { return kOperations; }

bool set_only_when_upload_starts(std::string_view key) {
  if (iequals(key, "s3:x-amz-server-side-encryption-customer-algorithm")) return false;
  return istarts_with(key, "s3:x-amz-server-side-encryption") || iequals(key, "s3:x-amz-acl") ||
         istarts_with(key, "s3:x-amz-grant-") || istarts_with(key, "s3:RequestObjectTag/") ||
         iequals(key, "s3:RequestObjectTagKeys") || istarts_with(key, "s3:object-lock-") ||
         iequals(key, "s3:x-amz-storage-class") || iequals(key, "s3:x-amz-website-redirect-location") ||
         iequals(key, "s3:x-amz-metadata-directive");
}

}  // namespace bslc::catalog
