// The step both IaC targets write for a CloudFront distribution that reads a
// TLS-only bucket: CloudFront forwards to an S3 origin with the viewer's
// protocol, so HTTP viewers must be redirected to HTTPS (or refused) at the
// distribution, which this spec does not manage (CloudFront Developer Guide,
// "How CloudFront processes HTTP and HTTPS requests",
// https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/HTTPandHTTPSRequests.html).
#pragma once
#include <vector>

#include "emit/manual_steps.h"
#include "ir/model.h"

namespace bslc::emit {

// One step per distribution granted access to a TLS-only bucket, in model order.
std::vector<ManualStep> cloudfront_https_steps(const ir::Model& model);

}  // namespace bslc::emit
