#include "driver/simulate_target.h"

#include <cctype>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "driver/bucket_config.h"
#include "driver/exit_codes.h"
#include "driver/pipeline.h"
#include "sim/batch.h"

namespace bslc::driver {
namespace fs = std::filesystem;

std::optional<std::string> read_text(const std::string& path, std::ostream& err) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    err << "bslc: error: cannot read `" << path << "`\n";
    return std::nullopt;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string bucket_arn_in(const std::optional<policy::Document>& doc) {
  if (!doc) return {};
  for (const auto& st : doc->statements) {
    for (const auto& r : st.resources) {
      if (!r.starts_with("arn:aws:s3:::")) continue;
      const std::string name =
          r.substr(13, r.find('/', 13) == std::string::npos ? std::string::npos : r.find('/', 13) - 13);
      if (!name.empty() && name.find_first_of("*?$") == std::string::npos) return "arn:aws:s3:::" + name;
    }
  }
  return {};
}

SidLines sources_beside(const std::string& policy_path) {
  SidLines lines;
  std::ifstream in(fs::path(policy_path).parent_path() / "sources.json");
  if (!in) return lines;
  std::ostringstream ss;
  ss << in.rdbuf();
  const auto j = nlohmann::json::parse(ss.str(), nullptr, false);
  if (!j.is_object()) return lines;
  for (auto it = j.begin(); it != j.end(); ++it)
    if (it.value().is_string()) lines[it.key()] = it.value().get<std::string>();
  return lines;
}

namespace {

// A bare word (`partner`) as opposed to an ARN, a service principal or `anonymous`.
bool is_bare_name(const std::string& s) {
  if (s.empty() || s == "anonymous") return false;
  for (char c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-')) return false;
  return true;
}

}  // namespace

std::optional<std::string> principal_constant(const std::vector<ast::File>& files, const std::string& name) {
  for (const auto& file : files) {
    for (const auto& c : file.constants) {
      if (c.name.name != name) continue;
      if (c.is_list || c.values.size() != 1)
        throw SimulateUsageError{"--principal `" + name + "` is a list; a request is made by one principal"};
      const std::string& v = c.values.front().value;
      switch (c.kind) {
        case ast::ConstKind::Account: return "arn:aws:iam::" + v + ":root";
        case ast::ConstKind::Role:
        case ast::ConstKind::User: return v;
        case ast::ConstKind::Distribution: return std::string("cloudfront.amazonaws.com");
        case ast::ConstKind::Org:
          throw SimulateUsageError{"--principal `" + name +
                                   "` is an organization; a request is made by one principal: use a role, user "
                                   "or account of a member account"};
        default:
          throw SimulateUsageError{"--principal `" + name + "` is a `" + ast::to_string(c.kind) +
                                   "` constant, not a principal"};
      }
    }
  }
  return std::nullopt;
}

bool apply_input_files(const SimulateOptions& o, SimulateTarget& target, std::ostream& err) {
  sim::BucketConfig& config = target.config;
  sim::BatchInputs inputs;
  auto read_into = [&](const std::optional<std::string>& path, std::optional<std::string>& slot) {
    if (!path) return true;
    slot = read_text(*path, err);
    return slot.has_value();
  };
  if (!read_into(o.policy, inputs.bucket_policy_json) || !read_into(o.identity, inputs.identities_json) ||
      !read_into(o.kms_key_policy, inputs.kms_key_policy_json) || !read_into(o.settings, inputs.settings_json))
    return false;
  inputs.resource_account = o.resource_account.value_or(config.resource_account);
  sim::LoadedConfig loaded = sim::load_bucket_config(inputs);
  auto file_of = [&](const std::string& input) {
    if (input == "bucket policy") return o.policy.value_or(input);
    if (input == "identities") return o.identity.value_or(input);
    if (input == "KMS key policy") return o.kms_key_policy.value_or(input);
    if (input == "settings") return o.settings.value_or(input);
    return input;
  };
  for (const auto& e : loaded.errors)
    err << "bslc: error: " << file_of(e.input) << (e.error.path.empty() ? "" : ": " + e.error.path) << ": "
        << e.error.message << "\n";
  if (!loaded.ok()) return false;
  if (o.policy) config.bucket_policy = std::move(loaded.config.bucket_policy);
  for (auto& [arn, docs] : loaded.config.identities)
    for (auto& d : docs) config.identities[arn].push_back(std::move(d));
  if (o.kms_key_policy) config.kms_key_policy = std::move(loaded.config.kms_key_policy);
  if (o.settings) config.settings = std::move(loaded.config.settings);
  config.resource_account = inputs.resource_account;
  if (o.policy) {
    target.bucket_arn = bucket_arn_in(config.bucket_policy);
    target.lines = sources_beside(*o.policy);
  }
  return true;
}

int target_from_spec(const SimulateOptions& o, const std::vector<std::string>& principals, SimulateTarget& target,
                     Streams streams) {
  PipelineResult result = run_pipeline({*o.spec}, PipelineOptions{.target_warnings = false, .verify = false});
  const auto diagnostics = filter_diagnostics(std::move(result.diagnostics), o.diag);
  if (!diagnostics.empty()) report_diagnostics(diagnostics, o.diag, streams);
  if (has_errors(diagnostics) || !result.documents) return kExitFindings;

  const auto& buckets = result.analysis.model.buckets;
  std::string names;
  for (const auto& b : buckets) names += (names.empty() ? "`" : ", `") + b.id + "`";
  std::string id;
  if (o.bucket) {
    id = *o.bucket;
  } else if (buckets.size() == 1) {
    id = buckets.front().id;
  } else {
    throw SimulateUsageError{"--bucket: say which bucket of `" + *o.spec + "` to simulate" +
                             (names.empty() ? std::string(" (it declares none)") : " (one of " + names + ")")};
  }
  const ir::Bucket* bucket = result.analysis.model.find_bucket(id);
  const lower::BucketOutput* docs = nullptr;
  for (const auto& b : result.documents->buckets)
    if (b.bucket_id == id) docs = &b;
  if (!bucket || !docs)
    throw SimulateUsageError{"--bucket: `" + *o.spec + "` has no bucket `" + id + "`" +
                             (names.empty() ? std::string() : " (buckets: " + names + ")")};

  std::vector<std::string> callers;
  for (const auto& p : principals) {
    if (!is_bare_name(p)) {
      callers.push_back(p);
      continue;
    }
    auto resolved = principal_constant(result.analysis.files, p);
    if (!resolved) {
      callers.push_back(p);  // not a constant: the request parser says what is wrong with it
      continue;
    }
    target.principal_names[p] = *resolved;
    callers.push_back(*resolved);
  }
  SimulatedBucket simulated = simulated_bucket(*bucket, *docs, callers);
  for (const auto& p : simulated.problems) streams.err << "bslc: internal error: emitted " << p << "\n";
  if (!simulated.problems.empty()) return kExitInternal;
  target.config = std::move(simulated.config);
  target.lines = sid_lines(simulated.sources);
  target.bucket_arn = bucket->arn();
  return -1;
}

}  // namespace bslc::driver
