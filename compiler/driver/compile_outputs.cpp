#include "driver/compile_outputs.h"

#include <map>
#include <nlohmann/json.hpp>

#include "driver/manifest.h"
#include "driver/simulation_record.h"
#include "driver/source_paths.h"
#include "policy/json.h"

namespace bslc::driver {
namespace {

// Adds files and remembers which bucket, vault or target owns each top-level
// folder, so that a bucket named `terraform`, or a bucket and a vault with one
// name, are reported instead of silently overwriting each other.
class TreeBuilder {
 public:
  TreeBuilder() { owners_[kManifestName] = "the manifest"; }

  void add(const std::string& path, std::string bytes, const std::string& owner) {
    if (!error_.empty()) return;
    if (!is_safe_relative_path(path)) {
      error_ = "refusing to write `" + path + "` (from " + owner + "): not a path inside the output folder";
      return;
    }
    const std::string top = path.substr(0, path.find('/'));
    const auto [it, inserted] = owners_.emplace(top, owner);
    if (!inserted && it->second != owner) {
      error_ = "two outputs need the folder `" + top + "`: " + it->second + " and " + owner +
               "; give one of them another name";
      return;
    }
    tree_[path] = std::move(bytes);
  }
  const std::string& error() const { return error_; }
  FileTree take() { return std::move(tree_); }

 private:
  FileTree tree_;
  std::map<std::string, std::string> owners_;  // top-level name -> who writes it
  std::string error_;
};

std::string sources_text(const std::map<std::string, std::string>& sid_to_line) {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  for (const auto& [sid, where] : sid_to_line) j[sid] = where;
  return j.dump(2) + "\n";
}

void collect_sources(const lower::TracedDocument& doc, const std::filesystem::path& base_dir,
                     std::map<std::string, std::string>& out) {
  for (const auto& [sid, loc] : doc.sources) {
    const std::string where = trace_location(loc, base_dir);
    if (!where.empty()) out.emplace(sid, where);  // first document wins: bucket policy, key policy, identity
  }
}

}  // namespace

std::string output_folder(const std::string& physical_name, const std::string& id) {
  if (!physical_name.empty() && safe_component(physical_name) == physical_name) return physical_name;
  return safe_component(id);
}

std::string document_text(const policy::Document& doc) {
  std::string text = policy::write_json(doc);
  if (text.empty() || text.back() != '\n') text += '\n';
  return text;
}

CompiledTree build_compiled_tree(const ir::Model& model, const lower::Output& docs, const TargetFormats& formats,
                                 const std::filesystem::path& base_dir, diag::DiagnosticSink& sink) {
  TreeBuilder tree;
  for (const auto& b : docs.buckets) {
    const ir::Bucket* bucket = model.find_bucket(b.bucket_id);
    const std::string folder = output_folder(bucket ? bucket->name : std::string(), b.bucket_id);
    const std::string owner = "bucket `" + b.bucket_id + "`";
    std::map<std::string, std::string> sources;
    if (!b.bucket_policy.document.statements.empty()) {
      tree.add(folder + "/bucket-policy.json", document_text(b.bucket_policy.document), owner);
      collect_sources(b.bucket_policy, base_dir, sources);
    }
    if (b.key_policy_kind != lower::KeyPolicyKind::None && !b.key_policy.document.statements.empty()) {
      tree.add(folder + "/kms-key-policy.json", document_text(b.key_policy.document), owner);
      collect_sources(b.key_policy, base_dir, sources);
    }
    for (const auto& [grantee, doc] : b.identity_policies) {
      if (doc.document.statements.empty()) continue;
      tree.add(folder + "/iam/" + safe_component(grantee) + ".json", document_text(doc.document), owner);
      collect_sources(doc, base_dir, sources);
    }
    tree.add(folder + "/sources.json", sources_text(sources), owner);
    if (bucket) {
      const auto record = simulation_record(*bucket, b, trace_location(bucket->loc, base_dir));
      tree.add(folder + "/" + kSimulationRecordName, record.dump(2) + "\n", owner);
    }
  }
  for (const auto& v : docs.vaults) {
    const ir::Vault* vault = nullptr;
    for (const auto& candidate : model.vaults)
      if (candidate.id == v.vault_id) vault = &candidate;
    const std::string folder = output_folder(vault ? vault->name : std::string(), v.vault_id);
    const std::string owner = "vault `" + v.vault_id + "`";
    if (v.lock_policy.document.statements.empty()) continue;
    std::map<std::string, std::string> sources;
    tree.add(folder + "/vault-lock-policy.json", document_text(v.lock_policy.document), owner);
    collect_sources(v.lock_policy, base_dir, sources);
    tree.add(folder + "/sources.json", sources_text(sources), owner);
  }
  for (auto& [path, bytes] : emit::emit_cloudformation(model, docs, formats.cloudformation, sink))
    tree.add("cloudformation/" + path, std::move(bytes), "the CloudFormation template");
  for (auto& [path, bytes] : emit::emit_terraform(model, docs, formats.terraform, sink))
    tree.add("terraform/" + path, std::move(bytes), "the Terraform configuration");

  CompiledTree result;
  result.error = tree.error();
  if (!result.error.empty()) return result;
  result.files = tree.take();  // the manifest is added by compile, which writes it (check needs no hashes)
  return result;
}

}  // namespace bslc::driver
