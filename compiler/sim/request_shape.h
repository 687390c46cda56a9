// What AWS evaluates for a request, before any policy is read (simulator
// semantics; the verifier must encode the same):
//  - an S3 API operation written in place of an action (s3:UploadPart,
//    s3:CompleteMultipartUpload, s3:CreateMultipartUpload, s3:CopyObject ...)
//    is authorized as the IAM action AWS checks for it (s3:PutObject);
//  - a service condition key that requests for the action never carry (the
//    AWS catalog, compiler/catalog) is absent, whatever the request says:
//    `s3:x-amz-server-side-encryption` on s3:GetObject;
//  - UploadPart, UploadPartCopy and CompleteMultipartUpload carry none of
//    the object's creation headers (encryption, tagging, ACL, object lock),
//    only SSE-C's (catalog/operations.h), so those keys are absent too.
// Keys the catalog does not know (the simulator's own keys such as
// s3:x-amz-mfa) and global keys pass through unchanged.
#pragma once
#include <string_view>

#include "sim/request.h"

namespace bslc::catalog {
struct Action;
}

namespace bslc::sim {

// What shaping makes of an action, whatever the request's context.
struct ActionShape {
  std::string_view action;                // the IAM action AWS authorizes
  std::string_view operation;             // the operation as written when it is not an IAM action
  bool parts_only = false;                // a multipart step after CreateMultipartUpload
  const catalog::Action* info = nullptr;  // the catalog's entry for `action` (with_catalog only)
};
ActionShape shape_action(std::string_view action, bool with_catalog = true);

// True when requests of this shape never carry `key`: it is absent whatever
// the request says. The verifier encodes the same rule with this function.
bool drops_key(const ActionShape& shape, std::string_view key);

struct RequestShape {
  bool changed = false;          // `shaped` holds the request AWS evaluates; else use the original
  bool parts_only = false;       // a multipart step after CreateMultipartUpload
  std::string_view operation;    // the operation as written when it is not an IAM action
  std::string_view dropped_key;  // the first key dropped, for the trace
};

// Fills `shaped` only when the request changes (no allocation otherwise).
RequestShape shape_request(const Request& request, Request& shaped);

}  // namespace bslc::sim
