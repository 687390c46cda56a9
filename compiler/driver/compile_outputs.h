// Everything `bslc compile` writes, built in memory:
//   <bucket>/bucket-policy.json, <bucket>/kms-key-policy.json (when there is
//   one), <bucket>/iam/<grantee>.json, <bucket>/sources.json,
//   <bucket>/simulation.json (simulation_record.h),
//   <vault>/vault-lock-policy.json, <vault>/sources.json,
//   cloudformation/..., terraform/... (compile adds manifest.json).
// <bucket> and <vault> are the physical names (the BSL id when a name is not
// a safe folder name). Documents without statements are not written: AWS
// rejects an empty policy.
#pragma once
#include <filesystem>
#include <string>

#include "diag/diagnostic.h"
#include "driver/file_tree.h"
#include "emit/emit.h"
#include "ir/model.h"
#include "lower/lower.h"

namespace bslc::driver {

struct TargetFormats {
  emit::Format cloudformation = emit::Format::Native;  // template.yaml; Json: template.json
  emit::Format terraform = emit::Format::Native;       // main.tf; Json: main.tf.json
};

struct CompiledTree {
  FileTree files;     // every output but manifest.json (compile adds it: build_manifest)
  std::string error;  // non-empty when two outputs would share a path (nothing is written then)
};

// `base_dir`: the root spec's folder; sources.json paths are relative to it.
// Emitters report what a target cannot express into `sink`.
CompiledTree build_compiled_tree(const ir::Model& model, const lower::Output& docs, const TargetFormats& formats,
                                 const std::filesystem::path& base_dir, diag::DiagnosticSink& sink);

// The folder name used for a bucket or vault.
std::string output_folder(const std::string& physical_name, const std::string& id);

// A policy document as written to disk (policy::write_json, newline-terminated).
std::string document_text(const policy::Document& doc);

}  // namespace bslc::driver
