// S3 API operations that IAM authorizes as another action, and the request
// headers each one sends. A policy sees a condition key only when the
// request carries the header behind it: CreateMultipartUpload sends the
// encryption, tagging, ACL and object-lock headers of the new object, while
// UploadPart and CompleteMultipartUpload send none of them (SSE-C headers
// excepted), although all three are authorized as s3:PutObject. A deny that
// fires when such a header is absent therefore refuses every multipart
// upload. Sources: S3 User Guide "Multipart upload API and permissions"
// (https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpuoverview.html#mpuAndPermissions)
// and the API Reference of UploadPart / CompleteMultipartUpload
// (https://docs.aws.amazon.com/AmazonS3/latest/API/API_UploadPart.html,
// https://docs.aws.amazon.com/AmazonS3/latest/API/API_CompleteMultipartUpload.html),
// which list no x-amz-server-side-encryption, x-amz-tagging, ACL or
// x-amz-object-lock-* request headers.
//
// Contract: pure functions over a fixed table; names compare case-insensitively.
#pragma once
#include <optional>
#include <span>
#include <string_view>

namespace bslc::catalog {

struct Operation {
  std::string_view name;    // "s3:UploadPart": how a test or a simulated request names it
  std::string_view action;  // the IAM action that authorizes it: "s3:PutObject"
  // False for the operations that carry none of the object's creation headers
  // (UploadPart, UploadPartCopy, CompleteMultipartUpload).
  bool sends_object_headers = true;
};

// The operation named `name` when it is not itself an IAM action
// (s3:CreateMultipartUpload, s3:UploadPart, s3:UploadPartCopy,
// s3:CompleteMultipartUpload, s3:CopyObject, s3:PostObject); nullopt otherwise.
std::optional<Operation> s3_operation(std::string_view name);
// All of them (the verifier gives each its own representative request).
std::span<const Operation> s3_operations();

// True for the condition keys that come from headers a multipart upload sends
// only with CreateMultipartUpload: s3:x-amz-server-side-encryption and its
// KMS key id and context, s3:x-amz-acl, s3:x-amz-grant-*,
// s3:RequestObjectTag/<k>, s3:RequestObjectTagKeys, s3:object-lock-*,
// s3:x-amz-storage-class, s3:x-amz-website-redirect-location,
// s3:x-amz-metadata-directive. SSE-C's customer-algorithm header is resent
// with every part, so it is not one of them.
bool set_only_when_upload_starts(std::string_view key);

}  // namespace bslc::catalog
