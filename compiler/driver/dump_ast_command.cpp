// bslc dump-ast: one file's syntax tree, for golden tests and debugging the grammar.
#include "ast/dump.h"
#include "driver/commands.h"
#include "driver/exit_codes.h"
#include "driver/guard.h"
#include "sema/analyze.h"
#include "syntax/parse.h"

namespace bslc::driver {

int run_dump_ast(const DumpAstOptions& options, Streams streams) {
  return guarded(streams, [&] {
    if (!validate_diag_options(options.diag, streams.err)) return kExitUsage;
    diag::DiagnosticSink sink;
    const SourcePtr source = sema::load_file(options.file, options.file, sink);
    std::string dump;
    if (source) {
      const ast::File file = syntax::parse(source, sink);
      if (!sink.has_errors()) dump = ast::dump(file);
    }
    const auto diagnostics = filter_diagnostics(sink.take(), options.diag);
    if (has_errors(diagnostics)) {
      report_diagnostics(diagnostics, options.diag, streams);
      return kExitFindings;
    }
    // A clean parse prints only the tree, so the output can be diffed as is.
    if (!diagnostics.empty()) report_diagnostics(diagnostics, options.diag, streams);
    streams.out << dump;
    return kExitOk;
  });
}

}  // namespace bslc::driver
