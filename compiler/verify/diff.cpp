#include "verify/diff.h"

#include <fmt/format.h>
#include <z3++.h>

#include <algorithm>
#include <stdexcept>
#include <tuple>

#include "sim/detail/bucket_state.h"
#include "verify/encoder.h"
#include "verify/requests.h"
#include "verify/space.h"

namespace bslc::verify {
namespace {

using State = std::shared_ptr<const sim::BucketSimulator::State>;

// The later side's programs extend the earlier side's key table: one binding serves both.
std::pair<State, State> compile_sides(const sim::BucketConfig& before, const sim::BucketConfig& after) {
  std::vector<sim::CompileIssue> issues;
  State b = sim::detail::build_bucket_state(before, issues);
  State a = sim::detail::build_bucket_state(after, issues, &b->binding().keys);
  return {b, a};
}

std::vector<std::string> deciding_labels(const sim::Result& r) {
  std::vector<std::string> out;
  for (const auto& ref : r.statements) {
    const std::string label = ref.label();
    if (std::find(out.begin(), out.end(), label) == out.end()) out.push_back(label);
  }
  return out;
}

}  // namespace

AccessDiff diff_access(const DiffSide& before_side, const DiffSide& after_side, const std::string& bucket_arn,
                       const DiffOptions& options) {
  sim::BucketConfig before = before_side.config, after = after_side.config;
  auto [sb, sa] = compile_sides(before, after);
  detail::Space space = detail::build_space({{sb, &before}, {sa, &after}}, bucket_arn, {});
  bool attached = detail::attach_identities(space, before, before_side.attached_by_account);
  attached = detail::attach_identities(space, after, after_side.attached_by_account) || attached;
  if (attached) {
    // The representatives are identity holders now: compile their policies in.
    std::tie(sb, sa) = compile_sides(before, after);
    space = detail::build_space({{sb, &before}, {sa, &after}}, bucket_arn, {});
  }

  z3::context z;
  const detail::Encoder old_side(z, space, sb.get()), new_side(z, space, sa.get());
  z3::solver solver(z);
  z3::params params(z);
  params.set("timeout", static_cast<unsigned>(options.timeout.count()));
  solver.set(params);
  // Both encoders read the same request variables: one well-formedness serves both.
  solver.add(new_side.wellformed());
  solver.add(new_side.closed_world());

  AccessDiff out;
  if (!space.limitations.empty()) out.incomplete = space.limitations.front();
  const auto sim_before = sim::BucketSimulator::create(before).simulator;
  const auto sim_after = sim::BucketSimulator::create(after).simulator;
  for (const bool added : {true, false}) {
    solver.push();
    solver.add(added ? new_side.allowed() && !old_side.allowed() : old_side.allowed() && !new_side.allowed());
    for (size_t found = 0;; ++found) {
      const z3::check_result result = solver.check();
      if (result == z3::unsat) break;
      if (result == z3::unknown) {
        out.incomplete = fmt::format("the solver gave up ({})", solver.reason_unknown());
        break;
      }
      if (found == options.max_changes) {
        out.incomplete =
            fmt::format("more than {} classes of access {}", options.max_changes, added ? "added" : "removed");
        break;
      }
      // Shrink the example: fewest keys, the bucket's default object, the IAM action itself.
      z3::expr_vector kept(z);
      for (const auto& [assumption, key] : new_side.simplifications()) {
        kept.push_back(assumption);
        if (solver.check(kept) != z3::sat) kept.pop_back();
      }
      if (solver.check(kept) != z3::sat) throw std::logic_error("diff: the shrunk example vanished");
      const detail::Assignment a = new_side.read(solver.get_model());
      AccessChange change;
      change.added = added;
      change.example = detail::request_of(space, new_side, a);
      for (const auto& key : old_side.direct_constant_keys())
        if (!change.example.find(key)) change.example.set(key, sim::ContextValue(false));
      const sim::Result rb = sim_before.evaluate(change.example);
      const sim::Result ra = sim_after.evaluate(change.example);
      if (ra.allowed() != added || rb.allowed() == added) {
        throw std::logic_error(
            fmt::format("diff and simulator disagree: the SMT encoding finds {} on {} by {} {}, the simulator says {} "
                        "before and {} after",
                        change.example.action, change.example.resource, change.example.principal,
                        added ? "added" : "removed", sim::to_string(rb.decision), sim::to_string(ra.decision)));
      }
      change.before = rb.decision;
      change.after = ra.decision;
      change.deciding = deciding_labels(added ? ra : rb);
      out.changes.push_back(std::move(change));
      // One example per (caller, IAM action) class: the operations authorized as it are the same access.
      solver.add(!(new_side.principal_at(a.principal) && new_side.iam_action_as(a.action)));
    }
    solver.pop();
  }
  return out;
}

}  // namespace bslc::verify
