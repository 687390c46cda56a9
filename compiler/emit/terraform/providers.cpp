// The Terraform output is a module: main.tf and versions.tf declare resources
// and the provider requirement, never a `provider` block, so a caller can
// instantiate it with count/for_each and its own providers. Resources in a
// region after the first use an aliased provider the caller passes
// (configuration_aliases). root/ is a ready configuration that deploys the
// module: one provider per region, pinned to the accounts the spec names
// (allowed_account_ids), and `var.region` where the spec names no region.
#include <algorithm>

#include "emit/terraform/config.h"

namespace bslc::emit::tf {
namespace {

Block terraform_block(const Config& c, bool module) {
  Value aws = Value::map();
  aws.set("source", Value::text("hashicorp/aws"));
  aws.set("version", Value::text("~> 5.0"));
  if (module && c.regions.size() > 1) {
    Value aliases = Value::list();
    for (size_t i = 1; i < c.regions.size(); ++i) aliases.push(Value::keyword("aws." + provider_alias(c.regions[i])));
    aws.set("configuration_aliases", std::move(aliases));
  }
  Block providers("required_providers");
  providers.set("aws", std::move(aws));
  Block terraform("terraform");
  terraform.set("required_version", Value::text(">= 1.3.0"));
  terraform.add(std::move(providers));
  return terraform;
}

// Whether every bucket and vault in the default provider's region got that
// region by default rather than from the spec.
bool first_region_defaulted(const Config& c) {
  if (c.regions.empty()) return false;
  bool any = false;
  for (const auto& b : c.model.buckets) {
    if (b.region != c.regions.front()) continue;
    if (b.region_origin.loc.valid()) return false;
    any = true;
  }
  for (const auto& v : c.model.vaults)
    if (v.region == c.regions.front()) return false;  // a vault's region is not known to be defaulted
  return any;
}

// Documents lowered with the bucket's region in them (SSE-KMS: kms:ViaService, key ARNs).
bool region_in_documents(const Config& c) {
  return std::any_of(c.model.buckets.begin(), c.model.buckets.end(), [&](const ir::Bucket& b) {
    return b.region == c.regions.front() && b.encryption.mode != ir::EncryptionMode::SseS3;
  });
}

Value accounts_in(const Config& c, const std::string& region) {
  std::vector<std::string> accounts;
  for (const auto& b : c.model.buckets)
    if (b.region == region && !b.account.empty()) accounts.push_back(b.account);
  for (const auto& v : c.model.vaults)
    if (v.region == region && !v.account.empty()) accounts.push_back(v.account);
  std::sort(accounts.begin(), accounts.end());
  accounts.erase(std::unique(accounts.begin(), accounts.end()), accounts.end());
  return accounts.empty() ? Value() : Value::string_list(accounts);
}

}  // namespace

std::vector<Block> versions_blocks(const Config& c) { return {terraform_block(c, /*module=*/true)}; }

std::vector<Block> root_blocks(const Config& c) {
  std::vector<Block> blocks;
  blocks.push_back(terraform_block(c, /*module=*/false));
  const bool region_variable = first_region_defaulted(c);
  for (const auto& region : c.regions) {
    Block provider("provider", {"aws"});
    if (region != c.regions.front()) provider.set("alias", Value::text(provider_alias(region)));
    const bool variable = region_variable && region == c.regions.front();
    provider.set("region", variable ? Value::reference({"var.region", ""}) : Value::text(region));
    // The provider refuses to run with credentials of any other account.
    Value accounts = accounts_in(c, region);
    if (accounts.kind() != Value::Kind::Null) provider.set("allowed_account_ids", std::move(accounts));
    blocks.push_back(std::move(provider));
  }
  if (region_variable) {
    Block variable("variable", {"region"});
    variable.set("description", Value::text("AWS region to deploy to (the spec names none)"));
    variable.set("type", Value::keyword("string"));
    if (region_in_documents(c)) {
      // The KMS statements name the region the spec was compiled for.
      Block validation("validation");
      validation.set("condition", Value::call("contains", {Value::string_list({c.regions.front()}),
                                                           Value::reference({"var.region", ""})}));
      validation.set("error_message", Value::text("The policies were compiled for " + c.regions.front() +
                                                  ", the default region; set `region` in the spec to deploy "
                                                  "elsewhere."));
      variable.add(std::move(validation));
    }
    blocks.push_back(std::move(variable));
  }
  // The module's own variables, passed through.
  for (const auto& v : c.variables) blocks.push_back(v);

  Block module("module", {"bslc"});
  module.set("source", Value::text("../"));
  if (c.regions.size() > 1) {
    Value providers = Value::map();
    providers.set("aws", Value::keyword("aws"));
    for (size_t i = 1; i < c.regions.size(); ++i) {
      const std::string alias = "aws." + provider_alias(c.regions[i]);
      providers.set(alias, Value::keyword(alias));
    }
    module.set("providers", std::move(providers));
  }
  for (const auto& v : c.variables) module.set(v.labels.front(), Value::reference({"var." + v.labels.front(), ""}));
  blocks.push_back(std::move(module));

  for (const auto& o : c.outputs) {
    Block output("output", o.labels);
    for (const auto& [name, value] : o.attributes)
      if (name == "description") output.set(name, value);
    output.set("value", Value::reference({"module.bslc." + o.labels.front(), ""}));
    blocks.push_back(std::move(output));
  }
  return blocks;
}

}  // namespace bslc::emit::tf
