// bslc simulate: evaluate requests with AWS's logic against policy documents,
// either those a spec compiles to (SPEC.bsl --bucket ID) or JSON files
// (--policy ...). One request from flags, or a batch from a JSON Lines file.
#include <algorithm>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include "driver/commands.h"
#include "driver/exit_codes.h"
#include "driver/guard.h"
#include "driver/sim_support.h"
#include "driver/simulate_target.h"
#include "sim/batch.h"

namespace bslc::driver {
namespace {

std::string resource_for(const SimulateOptions& o, const SimulateTarget& target) {
  if (o.resource) return *o.resource;
  if (target.bucket_arn.empty())
    throw SimulateUsageError{"cannot tell the bucket from the policy; give the full ARN with --resource"};
  return o.key ? target.bucket_arn + "/" + *o.key : target.bucket_arn;
}

int simulate_one(const SimulateOptions& o, const sim::BucketSimulator& simulator, const SimulateTarget& target,
                 Streams streams) {
  if (!o.principal || !o.action)
    throw SimulateUsageError{"a single request needs --principal and --action (or give --requests FILE)"};
  sim::Request request;
  std::string error;
  const auto named = target.principal_names.find(*o.principal);
  request.principal = named != target.principal_names.end() ? named->second : *o.principal;
  if (!sim::parse_principal(request.principal, &error)) {
    const std::string hint = o.spec ? " (or a principal constant of the spec)" : "";
    throw SimulateUsageError{"--principal `" + *o.principal + "`: " + error + hint};
  }
  request.action = *o.action;
  request.resource = resource_for(o, target);
  if (!parse_context_args(o.context, request.context, error)) throw SimulateUsageError{error};

  const sim::Result result = simulator.evaluate(request, sim::EvalOptions{.trace = true});
  if (o.format == SimulateOptions::Format::Jsonl) {
    streams.out << sim::format_result_line("request", result) << "\n";
  } else {
    streams.out << "request: " << request.principal << " " << request.action << " " << request.resource << "\n"
                << explain_with_sources(result, target.lines);
  }
  return kExitOk;
}

// Text form of a batch: one readable line per request.
sim::BatchReport run_text_batch(const sim::BucketSimulator& simulator, std::istream& in, std::ostream& out) {
  sim::BatchReport report;
  std::string text;
  size_t number = 0;
  while (std::getline(in, text)) {
    ++number;
    if (text.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto parsed = sim::parse_request_line(text);
    if (!parsed.line) {
      report.errors.push_back({number, std::move(parsed.error)});
      continue;
    }
    const sim::Result result = simulator.evaluate(parsed.line->request);
    ++report.evaluated;
    out << parsed.line->id << ": " << sim::to_string(result.decision);
    if (result.reason != sim::Reason::Policy) out << " (" << sim::to_string(result.reason) << ")";
    for (size_t i = 0; i < result.statements.size(); ++i)
      out << (i == 0 ? " by " : ", ") << result.statements[i].label();
    out << "\n";
    switch (result.decision) {
      case sim::Decision::Allow: ++report.allowed; break;
      case sim::Decision::ExplicitDeny: ++report.explicit_denies; break;
      case sim::Decision::ImplicitDeny: ++report.implicit_denies; break;
    }
  }
  return report;
}

// The requests of a batch, streamed line by line: a file is opened (twice
// when a spec needs the batch's principals before the simulator exists, so
// it is never held whole); stdin is held in memory only in that case.
class RequestsInput {
 public:
  bool open(const std::string& path, bool needs_principals, std::ostream& err) {
    path_ = path;
    if (path == "-") {
      if (needs_principals) {
        std::ostringstream ss;
        ss << std::cin.rdbuf();
        held_ = ss.str();
      }
      return true;
    }
    if (std::ifstream(path, std::ios::binary)) return true;
    err << "bslc: error: cannot read `" << path << "`\n";
    return false;
  }
  // Runs `use` with a fresh stream over the whole input.
  template <typename F>
  auto with_stream(F&& use) {
    if (held_) {
      std::istringstream in(*held_);
      return use(static_cast<std::istream&>(in));
    }
    if (path_ == "-") return use(static_cast<std::istream&>(std::cin));
    std::ifstream in(path_, std::ios::binary);
    return use(static_cast<std::istream&>(in));
  }

 private:
  std::string path_;
  std::optional<std::string> held_;
};

// The principals a batch names, so a spec's account-grantee identity policies can be attached to them.
std::vector<std::string> principals_in(std::istream& in) {
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);) {
    const auto parsed = sim::parse_request_line(line);
    if (parsed.line) out.push_back(parsed.line->request.principal);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

int simulate_batch(const SimulateOptions& o, RequestsInput& requests, const sim::BucketSimulator& simulator,
                   Streams streams) {
  const sim::BatchReport report = requests.with_stream([&](std::istream& in) {
    return o.format == SimulateOptions::Format::Jsonl ? sim::run_batch(simulator, in, streams.out)
                                                      : run_text_batch(simulator, in, streams.out);
  });
  const std::string name = *o.requests == "-" ? "<stdin>" : *o.requests;
  for (const auto& e : report.errors)
    streams.err << name << ":" << e.line << ": error: " << e.message << " (line skipped)\n";
  streams.err << report.evaluated << " requests: " << report.allowed << " allowed, " << report.explicit_denies
              << " explicitly denied, " << report.implicit_denies << " implicitly denied";
  if (!report.errors.empty())
    streams.err << "; " << report.errors.size() << (report.errors.size() == 1 ? " bad line" : " bad lines")
                << " skipped";
  streams.err << "\n";
  return report.ok() ? kExitOk : kExitFindings;
}

int simulate(const SimulateOptions& o, Streams streams) {
  if (o.spec && o.policy) throw SimulateUsageError{"give either SPEC.bsl or --policy, not both"};
  if (!o.spec && !o.policy)
    throw SimulateUsageError{"nothing to simulate against: give SPEC.bsl --bucket ID or --policy FILE"};
  if (o.policy && o.bucket)
    throw SimulateUsageError{"--bucket picks a bucket of a spec; with --policy it has no meaning"};

  if (o.requests && (o.principal || o.action || o.key || o.resource || !o.context.empty()))
    throw SimulateUsageError{
        "--requests runs a batch; --principal, --action, --key, --resource and --context are for one "
        "request"};
  RequestsInput requests;
  if (o.requests && !requests.open(*o.requests, o.spec.has_value(), streams.err)) return kExitFindings;

  SimulateTarget target;
  if (o.spec) {
    const std::vector<std::string> principals =
        o.requests ? requests.with_stream([](std::istream& in) { return principals_in(in); })
                   : std::vector<std::string>{o.principal.value_or("")};
    if (const int rc = target_from_spec(o, principals, target, streams); rc >= 0) return rc;
  }
  if (!apply_input_files(o, target, streams.err)) return kExitFindings;

  const sim::BucketSimulator::Created created = sim::BucketSimulator::create(target.config);
  for (const auto& issue : created.issues) {
    streams.err << "bslc: warning: " << issue.document;
    if (issue.statement >= 0) streams.err << " statement " << issue.statement;
    streams.err << ": " << issue.message << "\n";
  }
  return o.requests ? simulate_batch(o, requests, created.simulator, streams)
                    : simulate_one(o, created.simulator, target, streams);
}

}  // namespace

int run_simulate(const SimulateOptions& options, Streams streams) {
  return guarded(streams, [&] {
    if (!validate_diag_options(options.diag, streams.err)) return kExitUsage;
    try {
      return simulate(options, streams);
    } catch (const SimulateUsageError& e) {
      streams.err << "bslc: error: " << e.message << "\n";
      return kExitUsage;
    }
  });
}

}  // namespace bslc::driver
