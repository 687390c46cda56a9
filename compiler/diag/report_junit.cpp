// JUnit XML rendering (report.h): the de-facto schema Jenkins, GitLab and the
// GitHub test reporters accept (testsuites > testsuite > testcase with
// failure/error/skipped children).
#include <fmt/format.h>

#include <algorithm>

#include "diag/report.h"
#include "diag/xml_escape.h"

namespace bslc::diag {
namespace {

struct Counts {
  size_t tests = 0, failures = 0, errors = 0, skipped = 0;
  void add(JUnitCase::Outcome o) {
    ++tests;
    if (o == JUnitCase::Outcome::Failed) ++failures;
    if (o == JUnitCase::Outcome::Error) ++errors;
    if (o == JUnitCase::Outcome::Skipped) ++skipped;
  }
  std::string attrs() const {
    return fmt::format("tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\"", tests, failures, errors, skipped);
  }
};

std::string render_case(const JUnitCase& c) {
  std::string out =
      fmt::format("    <testcase classname=\"{}\" name=\"{}\"", xml_escape(c.classname), xml_escape(c.name));
  if (!c.file.empty()) out += fmt::format(" file=\"{}\"", xml_escape(c.file));
  if (c.line > 0) out += fmt::format(" line=\"{}\"", c.line);
  if (c.outcome == JUnitCase::Outcome::Passed) return out + "/>\n";
  const char* tag = c.outcome == JUnitCase::Outcome::Failed  ? "failure"
                    : c.outcome == JUnitCase::Outcome::Error ? "error"
                                                             : "skipped";
  out += ">\n";
  out += fmt::format("      <{} message=\"{}\"", tag, xml_escape(c.message));
  if (c.detail.empty())
    out += "/>\n";
  else
    out += fmt::format(">{}</{}>\n", xml_escape(c.detail), tag);
  return out + "    </testcase>\n";
}

}  // namespace

std::string render_junit(const std::vector<JUnitCase>& cases, std::string_view name) {
  std::vector<std::string> suites;  // first-seen order
  for (const auto& c : cases)
    if (std::find(suites.begin(), suites.end(), c.suite) == suites.end()) suites.push_back(c.suite);

  Counts total;
  std::string body;
  for (const auto& suite : suites) {
    Counts counts;
    std::string inner;
    for (const auto& c : cases) {
      if (c.suite != suite) continue;
      counts.add(c.outcome);
      total.add(c.outcome);
      inner += render_case(c);
    }
    body += fmt::format("  <testsuite name=\"{}\" {}>\n{}  </testsuite>\n", xml_escape(suite), counts.attrs(), inner);
  }
  return fmt::format("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"{}\" {}>\n{}</testsuites>\n",
                     xml_escape(name), total.attrs(), body);
}

}  // namespace bslc::diag
