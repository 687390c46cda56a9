// bslc test: compile each spec, then check every `test` expectation with the
// simulator against the documents exactly as emitted. Each FILE is its own
// compilation, so unrelated specs can be tested in one run.
#include <map>
#include <memory>
#include <sstream>

#include "driver/bucket_config.h"
#include "driver/commands.h"
#include "driver/exit_codes.h"
#include "driver/guard.h"
#include "driver/parallel.h"
#include "driver/pipeline.h"
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

// Runs one file's tests; returns false when the spec itself does not compile.
bool test_file(const std::string& file, const TestOptions& options, Counts& counts, Streams streams) {
  PipelineResult result = run_pipeline({file}, PipelineOptions{.target_warnings = false});
  const auto diagnostics = filter_diagnostics(std::move(result.diagnostics), options.diag);
  if (!diagnostics.empty()) report_diagnostics(diagnostics, options.diag, streams);
  if (has_errors(diagnostics) || !result.documents) {
    streams.out << file << ": not tested: the spec has errors\n";
    return false;
  }
  const ir::Model& model = result.analysis.model;
  Simulators simulators(model, *result.documents);
  for (const ir::Test& test : model.tests) {
    streams.out << "test \"" << test.name << "\" (" << where(test.loc) << ")\n";
    for (const ir::Expectation& e : test.expectations) {
      const Simulators::Entry* entry = simulators.get(e.bucket_id, e.principal);
      if (!entry || !entry->problems.empty()) {
        ++counts.failed;
        streams.out << "  FAILED  " << where(e.loc) << ": " << describe(e) << "\n"
                    << "          cannot simulate bucket `" << e.bucket_id << "`\n";
        if (entry)
          for (const auto& p : entry->problems) streams.out << "          " << p << "\n";
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
        streams.out << "  FAILED  " << where(e.loc) << ": " << describe(e) << "\n"
                    << "          expected " << (e.allow ? "allow" : "deny") << ", the emitted policies give "
                    << sim::to_string(r.decision) << "\n"
                    << indent(explain_with_sources(r, entry->lines), "          ");
      }
    }
  }
  return true;
}

}  // namespace

int run_test(const TestOptions& options, Streams streams) {
  return guarded(streams, [&] {
    if (!validate_diag_options(options.diag, streams.err)) return kExitUsage;
    // Files are independent: tested in parallel, each into its own buffers,
    // printed in input order (the output is the same as a serial run's).
    struct Tested {
      std::string out, err;
      Counts counts;
      bool compiled = false;
    };
    const auto tested =
        run_parallel<Tested>(options.files.size(), options.jobs ? options.jobs : default_jobs(), [&](size_t i) {
          std::ostringstream out, err;
          Tested t;
          t.compiled = test_file(options.files[i], options, t.counts, Streams{out, err});
          t.out = out.str();
          t.err = err.str();
          return t;
        });
    Counts counts;
    bool all_compiled = true;
    for (const auto& t : tested) {
      streams.err << t.err;
      streams.out << t.out;
      streams.out.flush();
      counts.passed += t.counts.passed;
      counts.failed += t.counts.failed;
      all_compiled = all_compiled && t.compiled;
    }
    streams.out << counts.passed << " passed, " << counts.failed << " failed\n";
    return all_compiled && counts.failed == 0 ? kExitOk : kExitFindings;
  });
}

}  // namespace bslc::driver
