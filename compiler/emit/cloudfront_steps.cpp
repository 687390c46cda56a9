#include "emit/cloudfront_steps.h"

#include <set>

namespace bslc::emit {

std::vector<ManualStep> cloudfront_https_steps(const ir::Model& model) {
  std::vector<ManualStep> steps;
  std::set<std::string> seen;
  for (const auto& b : model.buckets) {
    if (!b.transport.tls_only) continue;
    for (const auto& g : b.grants) {
      if (g.grantee.kind != ir::PrincipalKind::CloudFront || !seen.insert(g.grantee.value).second) continue;
      const std::string& arn = g.grantee.value;
      const std::string id = arn.substr(arn.rfind('/') + 1);
      const std::string filter =
          ".DistributionConfig | .DefaultCacheBehavior.ViewerProtocolPolicy = \"redirect-to-https\" | "
          "if .CacheBehaviors.Items then .CacheBehaviors.Items[].ViewerProtocolPolicy = \"redirect-to-https\" "
          "else . end";
      steps.push_back(ManualStep{
          "Redirect HTTP viewers of CloudFront distribution `" + id + "` to HTTPS",
          "Bucket `" + b.name +
              "` accepts only HTTPS, and CloudFront fetches from an S3 origin with the viewer's protocol, so "
              "every cache miss of an HTTP viewer would get 403. Set the viewer protocol policy of every cache "
              "behavior to `redirect-to-https` (or `https-only`); skip this step if it already is.",
          {"aws cloudfront get-distribution-config --id " + shell_quote(id) + " > distribution-" + id + ".json",
           "jq " + shell_quote(filter) + " distribution-" + id + ".json > distribution-" + id + "-https.json",
           "aws cloudfront update-distribution --id " + shell_quote(id) + " --if-match \"$(jq -r .ETag distribution-" +
               id + ".json)\" --distribution-config file://distribution-" + id + "-https.json"}});
    }
  }
  return steps;
}

}  // namespace bslc::emit
