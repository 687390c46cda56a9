#include "sim/evaluator.h"

#include "sim/detail/engine.h"

namespace bslc::sim {

Workspace::Workspace() : scratch_(std::make_unique<detail::Scratch>()) {}
Workspace::~Workspace() = default;
Workspace::Workspace(Workspace&&) noexcept = default;
Workspace& Workspace::operator=(Workspace&&) noexcept = default;

Evaluator::Compiled Evaluator::compile(const PolicySet& set) {
  std::vector<CompileIssue> issues;
  auto program = detail::compile_program(set, issues);
  return Compiled{Evaluator(std::move(program)), std::move(issues)};
}

void Evaluator::evaluate(const Request& request, Workspace& workspace, Result& out, EvalOptions options) const {
  out.clear();
  const auto principal = parse_principal(request.principal, &out.error);
  if (!principal) {
    out.reason = Reason::InvalidRequest;
    return;
  }
  detail::Call call;
  call.principal = &*principal;
  call.action = request.action;
  call.resource = request.resource;
  call.context = &request.context;
  out.decision = detail::authorize(*program_, call, workspace.scratch(), out, options.trace).decision;
}

Result Evaluator::evaluate(const Request& request, EvalOptions options) const {
  Workspace workspace;
  Result result;
  evaluate(request, workspace, result, options);
  return result;
}

}  // namespace bslc::sim
