#include "verify/diff.h"

#include <fmt/format.h>
#include <z3++.h>

#include <algorithm>
#include <memory>
#include <random>
#include <stdexcept>
#include <tuple>

#include "sim/detail/bucket_state.h"
#include "verify/class_description.h"
#include "verify/encoder.h"
#include "verify/formula.h"
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

// Both sides over one request space, each encoded by its own Encoder (they share the request variables).
struct Joint {
  sim::BucketConfig before, after;
  State sb, sa;
  detail::Space space;
  z3::context z;
  std::unique_ptr<detail::Encoder> old_side, new_side;

  Joint(const DiffSide& b, const DiffSide& a, const std::string& bucket_arn) : before(b.config), after(a.config) {
    std::tie(sb, sa) = compile_sides(before, after);
    space = detail::build_space({{sb, &before}, {sa, &after}}, bucket_arn, {});
    bool attached = detail::attach_identities(space, before, b.attached_by_account);
    attached = detail::attach_identities(space, after, a.attached_by_account) || attached;
    if (attached) {
      // The representatives are identity holders now: compile their policies in.
      std::tie(sb, sa) = compile_sides(before, after);
      space = detail::build_space({{sb, &before}, {sa, &after}}, bucket_arn, {});
    }
    old_side = std::make_unique<detail::Encoder>(z, space, sb.get());
    new_side = std::make_unique<detail::Encoder>(z, space, sa.get());
  }

  sim::Request request_of(const detail::Assignment& a) const {
    sim::Request r = detail::request_of(space, *new_side, a);
    for (const auto& key : old_side->direct_constant_keys())
      if (!r.find(key)) r.set(key, sim::ContextValue(false));
    return r;
  }
};

// Every value slot of `dim` (representatives, then absent; a set-valued key:
// present, absent) that some request satisfying `solver`'s assertions carries,
// starting from `seen`. False when the solver gave up.
bool values_of(const detail::Encoder& side, z3::solver& solver, size_t dim, bool multi, std::vector<bool>& seen) {
  auto slot_is = [&](size_t v) {
    if (multi) return v == 0 ? side.key_present(dim) : !side.key_present(dim);
    return side.key_at(dim, v + 1 == seen.size() ? -1 : static_cast<int>(v));
  };
  for (;;) {
    z3::expr_vector unseen(solver.ctx());
    z3::expr other = solver.ctx().bool_val(true);
    for (size_t v = 0; v < seen.size(); ++v)
      if (seen[v]) other = other && !slot_is(v);
    unseen.push_back(other);
    const z3::check_result r = solver.check(unseen);
    if (r == z3::unsat) return true;
    if (r == z3::unknown) return false;
    const z3::model m = solver.get_model();
    bool found = false;
    for (size_t v = 0; v < seen.size() && !found; ++v) {
      if (seen[v] || !m.eval(slot_is(v), true).is_true()) continue;
      seen[v] = found = true;
    }
    if (!found) throw std::logic_error("diff: a key value outside its slots");
  }
}

// Fills in the class's resources and narrowed keys (AccessChange). `solver`
// holds the change's condition; `shape` only what makes a request well formed.
bool describe_class(Joint& j, z3::solver& solver, z3::solver& shape, const detail::Assignment& a,
                    AccessChange& change) {
  const detail::Encoder& side = *j.new_side;
  const z3::expr who_what = side.principal_at(a.principal) && side.iam_action_as(a.action);
  solver.push();
  solver.add(who_what);
  std::vector<bool> resources(j.space.resources.size());
  resources[a.resource] = true;
  bool complete = true;
  for (;;) {
    std::vector<bool> others(resources.size());
    for (size_t r = 0; r < others.size(); ++r) others[r] = !resources[r];
    z3::expr_vector elsewhere(j.z);
    elsewhere.push_back(side.resource_in(others));
    const z3::check_result r = solver.check(elsewhere);
    if (r == z3::unknown) complete = false;
    if (r != z3::sat) break;
    resources[side.read(solver.get_model()).resource] = true;
  }
  change.resources = detail::describe_resources(j.space, resources);
  const z3::expr in_resources = side.resource_in(resources);
  solver.add(in_resources);
  shape.push();
  shape.add(who_what && in_resources);
  for (size_t d = 0; d < j.space.keys.size() && complete; ++d) {
    const detail::KeyDim& k = j.space.keys[d];
    if (!k.read_by_conditions) continue;
    std::vector<bool> possible(k.multi ? 2 : k.reps.size() + 1);
    if (k.multi) {
      possible[a.present[d] ? 0 : 1] = true;
    } else {
      possible[a.keys[d] < 0 ? possible.size() - 1 : static_cast<size_t>(a.keys[d])] = true;
    }
    complete = values_of(side, solver, d, k.multi, possible);
    if (!complete || std::all_of(possible.begin(), possible.end(), [](bool b) { return b; })) continue;
    std::vector<bool> feasible = possible;
    complete = values_of(side, shape, d, k.multi, feasible);
    const std::string text = detail::describe_key(k, possible, feasible);
    if (!text.empty()) change.conditions.push_back(text);
  }
  shape.pop();
  solver.pop();
  return complete;
}

// Enumerates the (caller, IAM action) classes of requests satisfying
// `condition`, one shrunk example each, replayed by the simulator: the side
// that must allow it does (`added`: the new side; else the old one), and in
// a diff the other side does not.
void enumerate(Joint& j, const z3::expr& condition, bool added, bool diff, const DiffOptions& options,
               AccessDiff& out) {
  const detail::Encoder& side = *j.new_side;
  z3::solver solver(j.z);
  z3::params params(j.z);
  params.set("timeout", static_cast<unsigned>(options.timeout.count()));
  solver.set(params);
  // Both encoders read the same request variables: one well-formedness serves both.
  solver.add(side.wellformed());
  solver.add(side.closed_world());
  solver.add(condition);
  z3::solver shape(j.z);
  shape.set(params);
  shape.add(side.wellformed());
  shape.add(side.closed_world());
  const auto sim_before = sim::BucketSimulator::create(j.before).simulator;
  const auto sim_after = sim::BucketSimulator::create(j.after).simulator;
  for (size_t found = 0;; ++found) {
    const z3::check_result result = solver.check();
    if (result == z3::unsat) break;
    if (result == z3::unknown) {
      out.incomplete = fmt::format("the solver gave up ({})", solver.reason_unknown());
      break;
    }
    if (found == options.max_changes) {
      out.incomplete = fmt::format("more than {} classes of access {}", options.max_changes,
                                   !diff   ? "allowed"
                                   : added ? "added"
                                           : "removed");
      break;
    }
    // Shrink the example: fewest keys, the bucket's default object, the IAM action itself.
    z3::expr_vector kept(j.z);
    for (const auto& [assumption, key] : side.simplifications()) {
      kept.push_back(assumption);
      if (solver.check(kept) != z3::sat) kept.pop_back();
    }
    if (solver.check(kept) != z3::sat) throw std::logic_error("diff: the shrunk example vanished");
    const detail::Assignment a = side.read(solver.get_model());
    AccessChange change;
    change.added = added;
    change.example = j.request_of(a);
    const sim::Result rb = sim_before.evaluate(change.example);
    const sim::Result ra = sim_after.evaluate(change.example);
    const bool confirmed = added ? ra.allowed() && (!diff || !rb.allowed()) : rb.allowed() && !ra.allowed();
    if (!confirmed) {
      throw std::logic_error(
          fmt::format("diff and simulator disagree: the SMT encoding finds {} on {} by {} {}, the simulator says {} "
                      "before and {} after",
                      change.example.action, change.example.resource, change.example.principal,
                      !diff   ? "allowed"
                      : added ? "added"
                              : "removed",
                      sim::to_string(rb.decision), sim::to_string(ra.decision)));
    }
    change.before = rb.decision;
    change.after = ra.decision;
    change.deciding = deciding_labels(added ? ra : rb);
    change.unnamed_action = !j.space.action_spelling.count(j.space.actions[a.action]);
    if (!describe_class(j, solver, shape, a, change) && out.incomplete.empty())
      out.incomplete = "the solver gave up describing a class (its resources and conditions may be partial)";
    out.changes.push_back(std::move(change));
    // One example per (caller, IAM action) class: the operations authorized as it are the same access.
    solver.add(!(side.principal_at(a.principal) && side.iam_action_as(a.action)));
  }
}

void sort_changes(AccessDiff& d) {
  std::stable_sort(d.changes.begin(), d.changes.end(), [](const AccessChange& x, const AccessChange& y) {
    return std::tie(y.added, x.example.action, x.example.resource, x.example.principal) <
           std::tie(x.added, y.example.action, y.example.resource, y.example.principal);
  });
}

}  // namespace

AccessDiff diff_access(const DiffSide& before_side, const DiffSide& after_side, const std::string& bucket_arn,
                       const DiffOptions& options) {
  Joint j(before_side, after_side, bucket_arn);
  AccessDiff out;
  if (!j.space.limitations.empty()) out.incomplete = j.space.limitations.front();
  const z3::expr before = j.old_side->allowed(), after = j.new_side->allowed();
  enumerate(j, after && !before, true, true, options, out);
  enumerate(j, before && !after, false, true, options, out);
  sort_changes(out);
  return out;
}

AccessDiff access_classes(const DiffSide& side, const std::string& bucket_arn, const DiffOptions& options) {
  Joint j(side, side, bucket_arn);
  AccessDiff out;
  if (!j.space.limitations.empty()) out.incomplete = j.space.limitations.front();
  enumerate(j, j.new_side->allowed(), true, false, options, out);
  sort_changes(out);
  return out;
}

DiffSamples sample_diff(const DiffSide& before, const DiffSide& after, const std::string& bucket_arn, size_t count,
                        uint64_t seed, bool near_changes) {
  Joint j(before, after, bucket_arn);
  const auto vars = j.new_side->variables();
  const detail::Formula wellformed(j.new_side->wellformed(), vars);
  const detail::Formula allowed_before(j.old_side->allowed(), vars), allowed_after(j.new_side->allowed(), vars);
  std::mt19937_64 rng(seed);
  // Near changes: start from points where the sides disagree (one per (caller,
  // action) pair, found by the solver) and re-draw a few dimensions of each.
  std::vector<detail::Assignment> seeds;
  if (near_changes) {
    z3::solver solver(j.z);
    solver.add(j.new_side->wellformed());
    solver.add(j.new_side->closed_world());
    solver.add(j.new_side->allowed() != j.old_side->allowed());
    while (seeds.size() < 64 && solver.check() == z3::sat) {
      seeds.push_back(j.new_side->read(solver.get_model()));
      solver.add(!(j.new_side->principal_at(seeds.back().principal) && j.new_side->action_at(seeds.back().action)));
    }
    if (seeds.empty()) return {j.before, j.after, {}};
  }
  DiffSamples out{j.before, j.after, {}};
  for (size_t attempt = 0; out.samples.size() < count && attempt < count * 100; ++attempt) {
    detail::Assignment a = detail::random_assignment(j.space, rng);
    if (near_changes) {
      // Keep the seed's values except for one to three dimensions taken from the random point.
      detail::Assignment base = seeds[rng() % seeds.size()];
      const size_t dims = 4 + j.space.keys.size();
      for (int k = 1 + static_cast<int>(rng() % 3); k > 0; --k) {
        const size_t d = rng() % dims;
        if (d == 0) base.principal = a.principal;
        if (d == 1) base.action = a.action;
        if (d == 2) base.resource = a.resource;
        if (d == 3) base.object = a.object;
        if (d >= 4) {
          const size_t key = d - 4;
          base.keys[key] = a.keys[key];
          base.sets[key] = a.sets[key];
          base.present[key] = a.present[key];
        }
      }
      a = std::move(base);
    }
    const auto values = j.new_side->values(a);
    if (!wellformed.evaluate(values)) continue;
    out.samples.push_back({j.request_of(a), allowed_before.evaluate(values), allowed_after.evaluate(values)});
  }
  return out;
}

}  // namespace bslc::verify
