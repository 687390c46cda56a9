// bslc test: compile each spec, then check every `test` expectation with the
// simulator against the documents exactly as emitted. Each FILE is its own
// compilation, so unrelated specs can be tested in one run. Text output
// streams as tests run; the machine formats (json, junit, github) are
// rendered from the collected outcomes at the end, alone on stdout.
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <sstream>

#include "diag/render.h"
#include "diag/report.h"
#include "driver/bucket_config.h"
#include "driver/commands.h"
#include "driver/exit_codes.h"
#include "driver/guard.h"
#include "driver/parallel.h"
#include "driver/pipeline.h"
#include "driver/project_config.h"
#include "driver/sim_support.h"

namespace bslc::driver {
namespace {

struct Counts {
  size_t passed = 0;
  size_t failed = 0;
};

std::string where(const Location& loc) {
  if (!loc.valid()) return "?";
  return loc.source->name() + ":" + std::to_string(loc.source->line_col(loc.span.begin).line);
}

std::string indent(const std::string& text, const std::string& pad) {
  std::string out;
  size_t start = 0;
  while (start < text.size()) {
    const size_t nl = text.find('\n', start);
    const size_t end = nl == std::string::npos ? text.size() : nl;
    out += pad + text.substr(start, end - start) + "\n";
    start = end + 1;
  }
  return out;
}

// The simulator of each bucket, built on first use.
class Simulators {
 public:
  Simulators(const ir::Model& model, const lower::Output& docs) : model_(model), docs_(docs) {}

  struct Entry {
    std::unique_ptr<sim::BucketSimulator> simulator;
    SidLines lines;
    std::vector<std::string> problems;
  };

  // One simulator per bucket and caller: an account grantee's identity policy is attached to the caller.
  const Entry* get(const std::string& bucket_id, const std::string& principal) {
    const auto key = std::make_pair(bucket_id, principal);
    if (auto it = cache_.find(key); it != cache_.end()) return &it->second;
    const ir::Bucket* bucket = model_.find_bucket(bucket_id);
    const lower::BucketOutput* out = nullptr;
    for (const auto& b : docs_.buckets)
      if (b.bucket_id == bucket_id) out = &b;
    if (!bucket || !out) return nullptr;
    SimulatedBucket simulated = simulated_bucket(*bucket, *out, {principal});
    auto created = sim::BucketSimulator::create(simulated.config);
    Entry entry{std::make_unique<sim::BucketSimulator>(std::move(created.simulator)), sid_lines(simulated.sources),
                std::move(simulated.problems)};
    for (const auto& issue : created.issues) entry.problems.push_back(issue.document + ": " + issue.message);
    return &cache_.emplace(key, std::move(entry)).first->second;
  }

 private:
  const ir::Model& model_;
  const lower::Output& docs_;
  std::map<std::pair<std::string, std::string>, Entry> cache_;
};

std::string describe(const ir::Expectation& e) {
  std::string text = std::string(e.allow ? "allow " : "deny ") +
                     (e.principal_label.empty() ? e.principal : e.principal_label) + " " + e.action + " " +
                     e.resource_arn;
  if (!e.context.empty()) {
    text += " with {";
    bool first = true;
    for (const auto& [key, value] : e.context) {
      text += (first ? " " : ", ") + key + " = " + (value.kind == ir::ContextValue::Kind::List ? "[...]" : value.text);
      first = false;
    }
    text += " }";
  }
  return text;
}

uint32_t line_of(const Location& loc) { return loc.valid() ? loc.source->line_col(loc.span.begin).line : 0; }

std::string file_of(const Location& loc, const std::string& fallback) {
  return loc.valid() ? loc.source->name() : fallback;
}

// What a run collected, for the machine formats.
struct Collected {
  std::vector<diag::Diagnostic> diagnostics;
  std::vector<diag::JUnitCase> cases;
};

// Runs one file's tests; returns false when the spec itself does not compile.
// In text format `streams.out` gets the readable listing; otherwise `streams`
// is a sink and the outcomes land in `collected`.
bool test_file(const std::string& file, const TestOptions& options, const DiagOptions& diag, Counts& counts,
               Streams streams, Collected& collected) {
  const bool text = options.diag.format == DiagFormat::Text;
  PipelineResult result = run_pipeline({file}, PipelineOptions{.target_warnings = false});
  // Written properties are reported below, beside the test blocks, as passed or FAILED.
  std::erase_if(result.diagnostics,
                [](const diag::Diagnostic& d) { return d.code == diag::Code::E0701 || d.code == diag::Code::E0702; });
  auto diagnostics = filter_diagnostics(std::move(result.diagnostics), diag);
  // JUnit readers see only the XML: the CI log still shows why a spec failed.
  if (!diagnostics.empty() && (text || options.diag.format == DiagFormat::Junit))
    report_diagnostics(diagnostics, options.diag, streams, HiddenCounts{.acknowledged = result.acknowledged});
  if (has_errors(diagnostics) || !result.documents) {
    streams.out << file << ": not tested: the spec has errors\n";
    collected.cases.push_back(
        diag::JUnitCase{.suite = file,
                        .classname = file,
                        .name = "the spec compiles",
                        .file = file,
                        .line = 0,
                        .outcome = diag::JUnitCase::Outcome::Error,
                        .message = "not tested: the spec has errors",
                        .detail = diag::render_text(diagnostics) + diag::summary_line(diagnostics)});
    for (auto& d : diagnostics) collected.diagnostics.push_back(std::move(d));
    return false;
  }
  for (auto& d : diagnostics) collected.diagnostics.push_back(std::move(d));
  const ir::Model& model = result.analysis.model;
  Simulators simulators(model, *result.documents);
  for (const ir::Test& test : model.tests) {
    streams.out << "test \"" << test.name << "\" (" << where(test.loc) << ")\n";
    for (const ir::Expectation& e : test.expectations) {
      diag::JUnitCase junit{.suite = file,
                            .classname = test.name,
                            .name = describe(e),
                            .file = file_of(e.loc, file),
                            .line = line_of(e.loc)};
      const Simulators::Entry* entry = simulators.get(e.bucket_id, e.principal);
      if (!entry || !entry->problems.empty()) {
        ++counts.failed;
        streams.out << "  FAILED  " << where(e.loc) << ": " << describe(e) << "\n"
                    << "          cannot simulate bucket `" << e.bucket_id << "`\n";
        junit.outcome = diag::JUnitCase::Outcome::Failed;
        junit.message = "cannot simulate bucket `" + e.bucket_id + "`";
        if (entry)
          for (const auto& p : entry->problems) {
            streams.out << "          " << p << "\n";
            junit.detail += p + "\n";
          }
        collected.cases.push_back(std::move(junit));
        continue;
      }
      sim::Request request;
      request.principal = e.principal;
      request.action = e.action;
      request.resource = e.resource_arn;
      for (const auto& [key, value] : e.context) request.context.push_back({key, to_sim_value(value)});
      const sim::Result r = entry->simulator->evaluate(request, sim::EvalOptions{.trace = true});
      // `expect deny` holds for an explicit and an implicit deny alike.
      if (r.allowed() == e.allow) {
        ++counts.passed;
        streams.out << "  passed  " << where(e.loc) << ": " << describe(e) << "\n";
      } else {
        ++counts.failed;
        junit.outcome = diag::JUnitCase::Outcome::Failed;
        junit.message = std::string("expected ") + (e.allow ? "allow" : "deny") + ", the emitted policies give " +
                        std::string(sim::to_string(r.decision));
        junit.detail = explain_with_sources(r, entry->lines);
        streams.out << "  FAILED  " << where(e.loc) << ": " << describe(e) << "\n"
                    << "          " << junit.message << "\n"
                    << indent(junit.detail, "          ");
      }
      collected.cases.push_back(std::move(junit));
    }
  }
  bool header = false;
  for (const ClaimResult& r : result.verification) {
    if (r.claim.builtin || !r.claim.problem.empty()) continue;
    if (!header) streams.out << "properties (" << file << ")\n";
    header = true;
    const std::string line = where(r.claim.loc) + ": property \"" + r.claim.title + "\"";
    diag::JUnitCase junit{.suite = file,
                          .classname = "properties",
                          .name = r.claim.title,
                          .file = file_of(r.claim.loc, file),
                          .line = line_of(r.claim.loc)};
    if (r.outcome.verdict == verify::Verdict::Proved) {
      ++counts.passed;
      streams.out << "  passed  " << line << " (proved)\n";
      collected.cases.push_back(std::move(junit));
      continue;
    }
    ++counts.failed;
    streams.out << "  FAILED  " << line << " (" << verify::to_string(r.outcome.verdict) << ")\n";
    junit.outcome = diag::JUnitCase::Outcome::Failed;
    junit.message = std::string(verify::to_string(r.outcome.verdict));
    if (r.outcome.counterexample) {
      junit.detail = "counterexample: " + describe_request(r.outcome.counterexample->request) + "\n" +
                     r.outcome.counterexample->explanation;
    } else {
      junit.detail = r.outcome.reason + "\n";
    }
    streams.out << indent(junit.detail, "          ");
    collected.cases.push_back(std::move(junit));
  }
  return true;
}

std::string_view outcome_name(diag::JUnitCase::Outcome o) {
  switch (o) {
    case diag::JUnitCase::Outcome::Passed: return "passed";
    case diag::JUnitCase::Outcome::Failed: return "failed";
    case diag::JUnitCase::Outcome::Error: return "error";
    case diag::JUnitCase::Outcome::Skipped: return "skipped";
  }
  return "error";
}

// --format json: {"diagnostics": [...], "tests": [{file, line, test, expectation, outcome, message, detail}]}.
std::string render_json(const Collected& c) {
  nlohmann::ordered_json tests = nlohmann::ordered_json::array();
  for (const auto& t : c.cases) {
    tests.push_back(nlohmann::ordered_json{{"file", t.file},
                                           {"line", t.line},
                                           {"test", t.classname},
                                           {"expectation", t.name},
                                           {"outcome", outcome_name(t.outcome)},
                                           {"message", t.message},
                                           {"detail", t.detail}});
  }
  nlohmann::ordered_json doc;
  doc["diagnostics"] = nlohmann::ordered_json::parse(diag::render_json(c.diagnostics));
  doc["tests"] = std::move(tests);
  return doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

// --format github: diagnostics and failed expectations as annotations.
std::string render_github(const Collected& c) {
  std::string out = diag::render_github(c.diagnostics);
  for (const auto& t : c.cases) {
    if (t.outcome == diag::JUnitCase::Outcome::Passed) continue;
    out += diag::github_command("error", t.file, t.line, "bslc test: " + t.classname, t.name + ": " + t.message);
  }
  return out;
}

}  // namespace

int run_test(const TestOptions& options, Streams streams) {
  return guarded(streams, [&] {
    if (!validate_diag_options(options.diag, streams.err)) return kExitUsage;
    if (options.diag.format == DiagFormat::Sarif) {
      streams.err << "bslc: error: test: --format sarif is for findings (check, compile); use junit, json or github\n";
      return kExitUsage;
    }
    // Each file's settings (its .bslc.yaml), read once, before the parallel part.
    Configs configs(options.diag);
    std::vector<DiagOptions> per_file;
    for (const auto& file : options.files) per_file.push_back(configs.options_for(file));
    if (!configs.problems().empty()) {
      report_diagnostics(configs.problems(), options.diag, streams);
      return kExitFindings;
    }
    const bool text = options.diag.format == DiagFormat::Text;
    // Files are independent: tested in parallel, each into its own buffers,
    // printed in input order (the output is the same as a serial run's).
    // Machine formats drop the listing; stderr still gets JUnit's diagnostics.
    struct Tested {
      std::string out, err;
      Counts counts;
      bool compiled = false;
      Collected collected;
    };
    const auto tested =
        run_parallel<Tested>(options.files.size(), options.jobs ? options.jobs : default_jobs(), [&](size_t i) {
          std::ostringstream out, err;
          Tested t;
          t.compiled = test_file(options.files[i], options, per_file[i], t.counts, Streams{out, err}, t.collected);
          t.out = out.str();
          t.err = err.str();
          return t;
        });
    Counts counts;
    Collected collected;
    bool all_compiled = true;
    for (const auto& t : tested) {
      streams.err << t.err;
      if (text) {
        streams.out << t.out;
        streams.out.flush();
      }
      counts.passed += t.counts.passed;
      counts.failed += t.counts.failed;
      all_compiled = all_compiled && t.compiled;
      collected.diagnostics.insert(collected.diagnostics.end(), t.collected.diagnostics.begin(),
                                   t.collected.diagnostics.end());
      collected.cases.insert(collected.cases.end(), t.collected.cases.begin(), t.collected.cases.end());
    }
    const std::string closing =
        std::to_string(counts.passed) + " passed, " + std::to_string(counts.failed) + " failed\n";
    switch (options.diag.format) {
      case DiagFormat::Text: streams.out << closing; break;
      case DiagFormat::Json: streams.out << render_json(collected); break;
      case DiagFormat::Junit: streams.out << diag::render_junit(collected.cases, "bslc test"); break;
      case DiagFormat::Github: streams.out << render_github(collected); break;
      case DiagFormat::Sarif: break;
    }
    if (!text) streams.err << closing;
    return all_compiled && counts.failed == 0 ? kExitOk : kExitFindings;
  });
}

}  // namespace bslc::driver
