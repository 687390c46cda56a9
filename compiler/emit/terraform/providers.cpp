// versions.tf (the provider pin) and one `provider "aws"` block per region:
// the first region in the spec is the default provider, the others aliases.
#include "emit/terraform/config.h"

namespace bslc::emit::tf {

std::vector<Block> versions_blocks() {
  Value aws = Value::map();
  aws.set("source", Value::text("hashicorp/aws"));
  aws.set("version", Value::text("~> 5.0"));
  Block providers("required_providers");
  providers.set("aws", std::move(aws));
  Block terraform("terraform");
  terraform.set("required_version", Value::text(">= 1.3.0"));
  terraform.add(std::move(providers));
  return {std::move(terraform)};
}

std::vector<Block> provider_blocks(const Config& c) {
  std::vector<Block> blocks;
  for (const auto& region : c.regions) {
    Block provider("provider", {"aws"});
    if (region != c.regions.front()) provider.set("alias", Value::text(provider_alias(region)));
    provider.set("region", Value::text(region));
    blocks.push_back(std::move(provider));
  }
  return blocks;
}

}  // namespace bslc::emit::tf
