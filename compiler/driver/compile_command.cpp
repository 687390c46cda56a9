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

}  // namespace

int run_compile(const CompileOptions& options, Streams streams) {
  return guarded(streams, [&] {
    if (!validate_diag_options(options.diag, streams.err)) return kExitUsage;
    if (options.out_dir.empty()) {
      streams.err << "bslc: error: compile needs an output folder: -o DIR\n";
      return kExitUsage;
    }
    const fs::path dir = normalized_dir(options.out_dir);

    PipelineResult result = run_pipeline(options.files, PipelineOptions{.formats = options.formats});
    const auto diagnostics = filter_diagnostics(std::move(result.diagnostics), options.diag);
    report_diagnostics(diagnostics, options.diag, streams);
    if (has_errors(diagnostics)) {
      streams.err << "bslc: nothing written to `" << dir.generic_string() << "`\n";
      return kExitFindings;
    }
    // No error means every stage ran, so the tree exists.
    if (!result.tree) throw std::logic_error("compile: no output tree although no stage reported an error");
    const CompiledTree& tree = *result.tree;
    if (!tree.error.empty()) {
      streams.err << "bslc: error: " << tree.error << "\nbslc: nothing written to `" << dir.generic_string() << "`\n";
      return kExitFindings;
    }

    const WriteOutcome outcome = write_tree(dir, tree.files, previous_manifest(dir));
    if (!outcome.ok) {
      streams.err << "bslc: error: " << outcome.error << "\nbslc: nothing written to `" << dir.generic_string()
                  << "`\n";
      return kExitFindings;
    }
    for (const auto& kept : outcome.kept) {
      streams.err << "bslc: note: `" << (dir / kept).generic_string()
                  << "` is no longer produced but was edited since bslc wrote it; left in place\n";
    }
    // With --format json, stdout carries only the diagnostics array; the listing moves to stderr.
    std::ostream& listing = options.diag.format == DiagFormat::Json ? streams.err : streams.out;
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
