#include "emit/terraform/config.h"

namespace bslc::emit::tf {

std::string provider_alias(const std::string& region) {
  std::string alias;
  for (char c : region) alias += (c == '-') ? '_' : c;
  return alias;
}

Config::Config(const ir::Model& m, const lower::Output& d, diag::DiagnosticSink& s)
    : model(m), docs(d), sink(s), names(m) {
  for (const auto& b : model.buckets) arns.add(b.arn(), {"aws_s3_bucket." + names.tf_bucket(b.id), "arn"});
  for (const auto& v : model.vaults) arns.add(v.arn(), {"aws_glacier_vault." + names.tf_vault(v.id), "arn"});
  const auto note_region = [&](const std::string& region) {
    for (const auto& r : regions)
      if (r == region) return;
    regions.push_back(region);
  };
  for (const auto& b : model.buckets) note_region(b.region);
  for (const auto& v : model.vaults) note_region(v.region);
}

std::string Config::bucket_address(const std::string& type, const std::string& bucket_id) const {
  return type + "." + names.tf_bucket(bucket_id);
}

Value Config::bucket_ref(const std::string& type, const std::string& bucket_id, const std::string& attribute) const {
  return Value::reference({bucket_address(type, bucket_id), attribute});
}

Block Config::bucket_resource(const std::string& type, const ir::Bucket& bucket) const {
  Block block("resource", {type, names.tf_bucket(bucket.id)});
  block.provider = provider_for(bucket.region);
  return block;
}

std::string Config::provider_for(const std::string& region) const {
  if (regions.empty() || region == regions.front()) return "";
  return "aws." + provider_alias(region);
}

}  // namespace bslc::emit::tf
