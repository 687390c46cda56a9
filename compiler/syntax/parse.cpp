// parse(): the stages in order, and the boundary no exception crosses.
#include "syntax/parse.h"

#include <antlr4-runtime.h>
#include <fmt/format.h>

#include <mutex>

#include "syntax/antlr_lock.h"
#include "syntax/builder.h"
#include "syntax/error_strategy.h"
#include "syntax/generated.h"
#include "syntax/input_check.h"
#include "syntax/token_scan.h"

namespace bslc::syntax {
namespace {

void parse_checked_text(const Source& source, Reporter& reporter, const ParseLimits& limits, ast::File& file) {
  // Parallel runs (-j) of check and test parse one file at a time and run the rest of the pipeline concurrently.
  const std::lock_guard<std::mutex> one_parser_at_a_time(antlr_mutex());
  Session session(source, reporter);
  const std::string_view text = session.lexed_text();
  antlr4::ANTLRInputStream input(text.data(), text.size());
  input.name = source.name();
  bslcgen::BslLexer lexer(&input);
  LexerErrorListener lexer_errors(session);
  lexer.removeErrorListeners();
  lexer.addErrorListener(&lexer_errors);

  ScanningTokenStream tokens(&lexer);
  if (!scan_tokens(tokens, session, limits)) return;

  bslcgen::BslParser parser(&tokens);
  ParserErrorListener parser_errors(session);
  parser.removeErrorListeners();
  parser.addErrorListener(&parser_errors);
  parser.setErrorHandler(std::make_shared<ErrorStrategy>(session));
  bslcgen::BslParser::FileContext* tree = parser.file();

  // The tree belongs to the parser, so the AST is built while both are alive.
  ast::File built = Builder(session).build(tree);
  built.source = file.source;
  file = std::move(built);
}

// An internal fault must still reach the user as a located diagnostic, never as a crash.
void report_internal(Reporter& reporter, std::string_view what) noexcept {
  try {
    reporter.fault(fmt::format("the parser failed unexpectedly: {}", what),
                   "this is a bug in bslc; please report it together with the input file");
  } catch (...) {
  }
}

}  // namespace

std::mutex& antlr_mutex() {
  static std::mutex m;
  return m;
}

ast::File parse(const SourcePtr& source, diag::DiagnosticSink& sink, const ParseLimits& limits) {
  ast::File file;
  file.source = source;
  if (!source) return file;
  Reporter reporter(sink, source, limits.max_errors);
  try {
    if (check_input(*source, limits, reporter)) parse_checked_text(*source, reporter, limits, file);
  } catch (const ErrorLimitReached&) {
    // E0110 is already reported; what was built so far is not worth keeping.
    file = ast::File{};
    file.source = source;
  } catch (const std::exception& e) {
    report_internal(reporter, e.what());
  } catch (const char* message) {  // older ANTLR runtimes throw C strings
    report_internal(reporter, message ? message : "unknown error");
  } catch (const std::string& message) {
    report_internal(reporter, message);
  } catch (...) {
    report_internal(reporter, "unknown exception");
  }
  try {
    reporter.flush();
  } catch (...) {  // out of memory while sorting: the diagnostics are lost, the caller still gets a result
  }
  return file;
}

}  // namespace bslc::syntax
