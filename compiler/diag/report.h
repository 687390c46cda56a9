// Machine reports for CI: SARIF 2.1.0 (code scanning), GitHub workflow
// annotations and JUnit XML. Every command that reports findings (check,
// compile, test, verify) renders through these functions, so one finding
// looks the same whichever command found it. All output is deterministic:
// no timestamps, no absolute paths unless the input path was absolute.
//
// Usage from a command:
//   diag::ToolInfo tool{.version = "0.1.0 (abc1234)", .docs_url = "..."};
//   out << diag::render_sarif(diagnostics, tool);      // --format sarif
//   out << diag::render_github(diagnostics);           // --format github
//   out << diag::render_junit(cases, "bslc test");     // --format junit
// Diagnostics should carry `scope` (the enclosing bucket/vault, see
// Diagnostic::scope) so fingerprints survive edits that move lines.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diag/diagnostic.h"

namespace bslc::diag {

struct ToolInfo {
  std::string version;   // `bslc --version` without the name, e.g. "0.1.0 (git abc1234)"
  std::string docs_url;  // docs/diagnostics.md as a URL; rule helpUri = docs_url + "#e0201"; empty: no helpUri
};

// A stable identity for a finding that does not change when lines move:
// hash of (file, scope, code, k) where k counts earlier findings with the same
// file, scope and code in `ds` (sorted order). One entry per diagnostic.
// The baseline (`--baseline`) and SARIF partialFingerprints both use it.
std::vector<std::string> fingerprints(const std::vector<Diagnostic>& ds);

// The file part of a location as a relative URI reference (`specs/a.bsl`,
// percent-encoded); absolute paths become `file://` URIs.
std::string file_uri(std::string_view path);

// One SARIF 2.1.0 log with one run. Rules: each code that occurs, with its
// title, explanation (`bslc explain`) and helpUri. Results: level, message
// (plus help and unlocated notes), location (columns in Unicode code points),
// notes with a location as relatedLocations, partialFingerprints["bslc/v1"].
std::string render_sarif(const std::vector<Diagnostic>& ds, const ToolInfo& tool);

// GitHub Actions workflow commands, one line per diagnostic:
// `::error file=a.bsl,line=3,col=9,endLine=3,endColumn=15,title=E0201 unknown name::message`.
// Notes become `::notice`. Unlocated diagnostics carry no file property.
std::string render_github(const std::vector<Diagnostic>& ds);

// One workflow command with escaped properties and data (for non-diagnostic
// findings such as a failed test). `level` is error, warning or notice.
std::string github_command(std::string_view level, std::string_view file, uint32_t line, std::string_view title,
                           std::string_view message);

// One JUnit test case. `suite` groups cases (bslc uses the spec file);
// `classname` is the test block (or property), `name` the expectation.
struct JUnitCase {
  std::string suite;
  std::string classname;
  std::string name;
  std::string file;
  uint32_t line = 0;
  enum class Outcome { Passed, Failed, Error, Skipped } outcome = Outcome::Passed;
  std::string message;  // failure/error/skip message (one line)
  std::string detail;   // body text: a trace, diagnostics
};

// JUnit XML as Jenkins, GitLab and the common GitHub reporters read it:
// <testsuites> with one <testsuite> per distinct `suite`, in first-seen order.
std::string render_junit(const std::vector<JUnitCase>& cases, std::string_view name);

}  // namespace bslc::diag
