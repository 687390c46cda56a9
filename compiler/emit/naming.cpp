#include "emit/naming.h"

#include <cctype>
#include <stdexcept>

namespace bslc::emit {
namespace {

bool is_alnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }
bool is_upper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }
bool is_lower_or_digit(char c) {
  return std::islower(static_cast<unsigned char>(c)) != 0 || std::isdigit(static_cast<unsigned char>(c)) != 0;
}
char upper(char c) { return static_cast<char>(std::toupper(static_cast<unsigned char>(c))); }
char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

const char* cfn_suffix(Role role) {
  switch (role) {
    case Role::Bucket: return "Bucket";
    case Role::BucketPolicy: return "BucketPolicy";
    case Role::Key: return "Key";
    case Role::KeyAlias: return "KeyAlias";
    case Role::Trail: return "Trail";
    case Role::Vault: return "Vault";
    case Role::OutputBucketName: return "BucketName";
    case Role::OutputBucketArn: return "BucketArn";
    case Role::OutputKeyArn: return "KeyArn";
    case Role::OutputVaultArn: return "VaultArn";
  }
  return "";
}

const char* tf_output_suffix(Role role) {
  switch (role) {
    case Role::OutputBucketName: return "_bucket_name";
    case Role::OutputBucketArn: return "_bucket_arn";
    case Role::OutputKeyArn: return "_key_arn";
    case Role::OutputVaultArn: return "_vault_arn";
    default: return "";
  }
}

constexpr Role kBucketRoles[] = {Role::Bucket, Role::BucketPolicy, Role::Key, Role::KeyAlias, Role::Trail};
constexpr Role kBucketOutputs[] = {Role::OutputBucketName, Role::OutputBucketArn, Role::OutputKeyArn};

}  // namespace

std::string camel_case(std::string_view id) {
  std::string out;
  bool start_of_word = true;
  for (char c : id) {
    if (!is_alnum(c)) {
      start_of_word = true;
      continue;
    }
    out += start_of_word ? upper(c) : c;
    start_of_word = false;
  }
  return out.empty() ? "Resource" : out;
}

std::string snake_case(std::string_view id) {
  std::string out;
  for (size_t i = 0; i < id.size(); ++i) {
    const char c = id[i];
    if (is_alnum(c)) {
      // A word boundary inside camelCase ("patientRecords") becomes `_`.
      if (is_upper(c) && i > 0 && is_lower_or_digit(id[i - 1]) && !out.empty() && out.back() != '_') out += '_';
      out += lower(c);
    } else if (!out.empty() && out.back() != '_') {
      out += '_';
    }
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  if (out.empty()) return "resource";
  if (std::isdigit(static_cast<unsigned char>(out.front()))) out = "r_" + out;
  return out;
}

std::string Names::unique(std::set<std::string>& taken, const std::string& wanted) {
  std::string name = wanted;
  for (int n = 2; taken.count(name) != 0; ++n) name = wanted + std::to_string(n);
  taken.insert(name);
  return name;
}

Names::Names(const ir::Model& model) {
  std::set<std::string> cfn_taken, tf_bucket_taken, tf_vault_taken, tf_output_taken;
  for (const auto& b : model.buckets) {
    for (Role role : kBucketRoles) logical_[{b.id, role}] = unique(cfn_taken, camel_case(b.id) + cfn_suffix(role));
    tf_buckets_[b.id] = unique(tf_bucket_taken, snake_case(b.id));
  }
  for (const auto& v : model.vaults) {
    logical_[{v.id, Role::Vault}] = unique(cfn_taken, camel_case(v.id) + cfn_suffix(Role::Vault));
    tf_vaults_[v.id] = unique(tf_vault_taken, snake_case(v.id));
  }
  // Outputs last, so that resource names never move because of an output.
  for (const auto& b : model.buckets) {
    for (Role role : kBucketOutputs) {
      logical_[{b.id, role}] = unique(cfn_taken, camel_case(b.id) + cfn_suffix(role));
      tf_outputs_[{b.id, role}] = unique(tf_output_taken, snake_case(b.id) + tf_output_suffix(role));
    }
  }
  for (const auto& v : model.vaults) {
    logical_[{v.id, Role::OutputVaultArn}] = unique(cfn_taken, camel_case(v.id) + cfn_suffix(Role::OutputVaultArn));
    tf_outputs_[{v.id, Role::OutputVaultArn}] =
        unique(tf_output_taken, snake_case(v.id) + tf_output_suffix(Role::OutputVaultArn));
  }
}

namespace {
template <typename Map, typename Key>
const std::string& lookup(const Map& map, const Key& key) {
  auto it = map.find(key);
  if (it == map.end()) throw std::logic_error("emit: no name allocated for a resource");
  return it->second;
}
}  // namespace

const std::string& Names::logical_id(const std::string& bsl_id, Role role) const {
  return lookup(logical_, std::make_pair(bsl_id, role));
}
const std::string& Names::tf_bucket(const std::string& bsl_id) const { return lookup(tf_buckets_, bsl_id); }
const std::string& Names::tf_vault(const std::string& vault_id) const { return lookup(tf_vaults_, vault_id); }
const std::string& Names::tf_output(const std::string& bsl_id, Role role) const {
  return lookup(tf_outputs_, std::make_pair(bsl_id, role));
}

}  // namespace bslc::emit
