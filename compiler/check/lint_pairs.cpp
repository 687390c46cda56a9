// Lints over pairs of statements: duplicate Sids (E0604), identical
// statements (W0605), and statements another one makes pointless (W0606):
// an Allow or Deny already covered by a broader twin with the same principal
// and conditions, or an Allow that an unconditional Deny overrides entirely.
#include <fmt/format.h>

#include <algorithm>

#include "check/lint_detail.h"
#include "check/policy_facts.h"

namespace bslc::check::detail {

namespace {

using diag::Code;

// Every pattern in `narrow` is covered by some pattern in `wide`.
bool list_covers(const std::vector<std::string>& wide, const std::vector<std::string>& narrow, bool ci) {
  return std::all_of(narrow.begin(), narrow.end(), [&](const std::string& n) {
    return std::any_of(wide.begin(), wide.end(), [&](const std::string& w) { return pattern_covers(w, n, ci); });
  });
}

bool plain(const policy::Statement& s) { return !s.not_action && !s.not_resource && !s.not_principal; }

bool principal_is_everyone(const std::optional<policy::Principal>& p) {
  return p && (p->star || std::find(p->aws.begin(), p->aws.end(), "*") != p->aws.end());
}

// `wide` makes `narrow` pointless: same effect, principal and conditions, and
// at least the same actions on at least the same resources.
bool redundant(const policy::Statement& wide, const policy::Statement& narrow) {
  return plain(wide) && plain(narrow) && wide.effect == narrow.effect && wide.principal == narrow.principal &&
         wide.condition == narrow.condition && list_covers(wide.actions, narrow.actions, true) &&
         list_covers(wide.resources, narrow.resources, false);
}

// An unconditional Deny that covers everything an Allow grants.
bool overrides(const policy::Statement& deny, const policy::Statement& allow) {
  if (deny.effect != policy::Effect::Deny || allow.effect != policy::Effect::Allow) return false;
  if (!plain(deny) || !plain(allow) || !deny.condition.empty()) return false;
  const bool principals = principal_is_everyone(deny.principal) || deny.principal == allow.principal;
  return principals && list_covers(deny.actions, allow.actions, true) &&
         list_covers(deny.resources, allow.resources, false);
}

policy::Statement without_sid(policy::Statement s) {
  s.sid.clear();
  return s;
}

}  // namespace

void lint_pairs(LintContext& ctx) {
  const auto& st = ctx.doc.statements;
  for (size_t i = 0; i < st.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      if (!st[i].sid.empty() && st[i].sid == st[j].sid) {
        ctx.add(Code::E0604, i,
                fmt::format("the Sid `{}` is used by `Statement[{}]` and `Statement[{}]`; Sids must be unique within "
                            "a policy",
                            st[i].sid, j, i),
                "rename one of the two statements")
            .related = j;
        break;
      }
    }
  }
  for (size_t i = 0; i < st.size(); ++i) {
    for (size_t j = 0; j < st.size(); ++j) {
      if (i == j) continue;
      const bool identical = without_sid(st[i]) == without_sid(st[j]);
      if (identical) {
        if (j > i) continue;  // the later of the two is reported
        ctx.add(Code::W0605, i, fmt::format("{} repeats {} exactly", ctx.label(i), ctx.label(j)),
                "remove one of the two statements")
            .related = j;
        break;
      }
      // Equal coverage both ways (e.g. reordered lists): report the later statement only.
      if (redundant(st[j], st[i]) && !(redundant(st[i], st[j]) && i < j)) {
        ctx.add(Code::W0606, i,
                fmt::format("{} adds nothing: {} already {} the same principal these actions on these resources",
                            ctx.label(i), ctx.label(j), st[j].effect == policy::Effect::Allow ? "grants" : "denies"),
                "remove it, or narrow the broader statement if this one was meant to be the only grant")
            .related = j;
        break;
      }
      if (overrides(st[j], st[i])) {
        ctx.add(Code::W0606, i,
                fmt::format("{} never takes effect: {} denies the same actions on the same resources without "
                            "conditions",
                            ctx.label(i), ctx.label(j)),
                "remove the allow, or add a condition or exception to the deny")
            .related = j;
        break;
      }
    }
  }
}

}  // namespace bslc::check::detail
