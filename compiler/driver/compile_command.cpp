// bslc compile: build every output in memory; write only when nothing failed.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "driver/atomic_writer.h"
#include "driver/commands.h"
#include "driver/exit_codes.h"
#include "driver/guard.h"
#include "driver/manifest.h"
#include "driver/pipeline.h"
#include "driver/project_config.h"

namespace bslc::driver {
namespace fs = std::filesystem;
namespace {

// "out/" and "out" name the same folder; keep one spelling for messages and comparisons.
fs::path normalized_dir(const std::string& dir) {
  fs::path p = fs::path(dir).lexically_normal();
  if (!p.has_filename() && p.has_parent_path() && p != p.root_path()) p = p.parent_path();
  return p;
}

std::map<std::string, std::string> previous_manifest(const fs::path& dir) {
  std::ifstream in(dir / kManifestName, std::ios::binary);
  if (!in) return {};
  std::ostringstream text;
  text << in.rdbuf();
  return read_manifest(text.str()).value_or(std::map<std::string, std::string>{});
}

void report_recovery(const Recovery& r, const fs::path& dir, std::ostream& err) {
  const std::string where = "`" + dir.generic_string() + "`";
  switch (r.action) {
    case Recovery::Action::None: break;
    case Recovery::Action::Finished:
      err << "bslc: note: finished the update of " << where << " that an interrupted earlier run had committed\n";
      break;
    case Recovery::Action::RolledBack:
      err << "bslc: note: undid the unfinished update of " << where << " that an interrupted earlier run left\n";
      break;
    case Recovery::Action::CleanedUp:
      err << "bslc: note: removed what an interrupted earlier run left in " << where << "\n";
      break;
    case Recovery::Action::Failed: break;  // write_tree reports it
  }
}

}  // namespace

int run_compile(const CompileOptions& options, Streams streams) {
  return guarded(streams, [&] {
    if (!validate_diag_options(options.diag, streams.err)) return kExitUsage;
    if (options.out_dir.empty()) {
      streams.err << "bslc: error: compile needs an output folder: -o DIR\n";
      return kExitUsage;
    }
    const fs::path dir = normalized_dir(options.out_dir);

    // One compilation, so one configuration: the first spec's .bslc.yaml.
    Configs configs(options.diag);
    const DiagOptions diag = options.files.empty() ? options.diag : configs.options_for(options.files.front());
    if (!configs.problems().empty()) {
      report_diagnostics(configs.problems(), options.diag, streams);
      streams.err << "bslc: nothing written to `" << dir.generic_string() << "`\n";
      return kExitFindings;
    }
    PipelineResult result = run_pipeline(options.files, PipelineOptions{.formats = options.formats});
    const auto diagnostics = filter_diagnostics(std::move(result.diagnostics), diag);
    report_diagnostics(diagnostics, options.diag, streams, HiddenCounts{.acknowledged = result.acknowledged});
    if (has_errors(diagnostics)) {
      streams.err << "bslc: nothing written to `" << dir.generic_string() << "`\n";
      return kExitFindings;
    }
    // No error means every stage ran, so the tree exists.
    if (!result.tree) throw std::logic_error("compile: no output tree although no stage reported an error");
    CompiledTree& tree = *result.tree;
    if (!tree.error.empty()) {
      streams.err << "bslc: error: " << tree.error << "\nbslc: nothing written to `" << dir.generic_string() << "`\n";
      return kExitFindings;
    }

    tree.files[kManifestName] = build_manifest(tree.files);
    // A run killed while publishing is finished first, so that its manifest
    // is the one this run compares against.
    report_recovery(recover_interrupted(dir), dir, streams.err);
    const WriteOutcome outcome = write_tree(dir, tree.files, previous_manifest(dir));
    if (!outcome.ok) {
      streams.err << "bslc: error: " << outcome.error << "\n";
      if (outcome.untouched) streams.err << "bslc: nothing written to `" << dir.generic_string() << "`\n";
      return kExitFindings;
    }
    for (const auto& kept : outcome.kept) {
      streams.err << "bslc: note: `" << (dir / kept).generic_string()
                  << "` is no longer produced but was edited since bslc wrote it; left in place\n";
    }
    // With a machine --format, stdout carries only the report; the listing moves to stderr.
    std::ostream& listing = options.diag.format != DiagFormat::Text ? streams.err : streams.out;
    if (!options.quiet) {
      for (const auto& [path, bytes] : tree.files) listing << (dir / path).generic_string() << "\n";
    }
    listing << "compiled " << tree.files.size() << " files into " << dir.generic_string() << " ("
            << outcome.written.size() << " written, " << outcome.unchanged.size() << " unchanged, "
            << outcome.removed.size() << " removed)\n";
    return kExitOk;
  });
}

}  // namespace bslc::driver
