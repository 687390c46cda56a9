// bslc fmt [--check] [--diff] FILE...: rewrites each spec in the canonical
// layout (syntax/format.h). A file that does not parse is reported and left
// alone; a file is replaced atomically (file_replace.h). `-` formats stdin
// to stdout (for editors).
#include <iostream>
#include <sstream>

#include "driver/commands.h"
#include "driver/exit_codes.h"
#include "driver/file_replace.h"
#include "driver/guard.h"
#include "driver/unified_diff.h"
#include "sema/analyze.h"
#include "syntax/format.h"
#include "syntax/parse.h"

namespace bslc::driver {

int run_fmt(const FmtOptions& o, Streams streams) {
  return guarded(streams, [&] {
    if (!validate_diag_options(o.diag, streams.err)) return kExitUsage;
    bool errors = false, unformatted = false;
    for (const auto& file : o.files) {
      diag::DiagnosticSink sink;
      SourcePtr source;
      if (file == "-") {
        std::ostringstream text;
        text << std::cin.rdbuf();
        source = std::make_shared<Source>("<stdin>", text.str());
      } else {
        source = sema::load_file(file, file, sink);
      }
      if (source) syntax::parse(source, sink);
      auto diagnostics = filter_diagnostics(sink.take(), o.diag);
      if (!source || has_errors(diagnostics)) {
        report_diagnostics(diagnostics, o.diag, streams);
        streams.err << file << ": not formatted: fix the errors first\n";
        errors = true;
        continue;
      }
      const std::string& before = source->text();
      const std::string after = syntax::format_bsl(before);
      if (file == "-" && !o.check && !o.diff) {
        streams.out << after;
        continue;
      }
      if (after == before) continue;
      unformatted = true;
      if (o.check || o.diff) {
        if (o.check) streams.out << file << "\n";
        streams.out << unified_diff(before, after, file, file + " (formatted)");
        continue;
      }
      if (!replace_file(file, after)) {
        streams.err << "bslc: error: cannot write `" << file << "`\n";
        errors = true;
        continue;
      }
      streams.out << file << "\n";
    }
    if (errors) return kExitFindings;
    return o.check && unformatted ? kExitFindings : kExitOk;
  });
}

}  // namespace bslc::driver
