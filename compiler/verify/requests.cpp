#include "verify/requests.h"

#include <fmt/format.h>

#include <algorithm>

namespace bslc::verify::detail {

std::string identity_holder(const sim::PrincipalInfo& p) {
  if (p.kind == sim::PrincipalKind::AssumedRole)
    return fmt::format("arn:{}:iam::{}:role/{}", p.partition, p.account, p.name);
  return std::string(p.text);
}

bool attach_identities(const Space& s, sim::BucketConfig& config,
                       const std::vector<std::pair<std::string, policy::Document>>& by_account) {
  bool any = false;
  for (const auto& p : s.principals) {
    if (p.kind == sim::PrincipalKind::Anonymous || p.kind == sim::PrincipalKind::Service ||
        p.kind == sim::PrincipalKind::Root) {
      continue;
    }
    for (const auto& [account, doc] : by_account) {
      const bool covered = account.empty() ? p.account != config.resource_account : p.account == account;
      if (!covered) continue;
      auto& docs = config.identities[identity_holder(p)];
      if (std::find(docs.begin(), docs.end(), doc) == docs.end()) {
        docs.push_back(doc);
        any = true;
      }
    }
  }
  return any;
}

Assignment random_assignment(const Space& space, std::mt19937_64& rng) {
  auto pick = [&](size_t n) { return static_cast<unsigned>(rng() % n); };
  Assignment a;
  a.principal = pick(space.principals.size());
  a.action = pick(space.actions.size());
  a.resource = pick(space.resources.size());
  a.object = pick(4) == 0 ? pick(space.objects.size()) : 0;
  for (const auto& k : space.keys) {
    const bool absent = !k.always_present && pick(3) == 0;
    if (k.multi) {
      a.keys.push_back(-1);
      a.present.push_back(!absent);
      std::vector<bool> members(k.reps.size());
      for (size_t i = 0; i < members.size(); ++i) members[i] = pick(3) == 0;
      a.sets.push_back(std::move(members));
    } else {
      a.keys.push_back(absent ? -1 : static_cast<int>(pick(k.reps.size())));
      a.present.push_back(false);
      a.sets.emplace_back();
    }
  }
  return a;
}

sim::Request request_of(const Space& space, const Encoder& encoder, const Assignment& a) {
  sim::Request r;
  r.principal = space.principal_texts[a.principal];
  const std::string& action = space.actions[a.action];
  const auto spelled = space.action_spelling.find(action);
  r.action = spelled == space.action_spelling.end() ? action : spelled->second;
  r.resource = space.resources[a.resource];
  for (const auto& key : encoder.direct_constant_keys()) {
    if (!r.find(key)) r.set(key, sim::ContextValue(false));
  }
  for (size_t d = 0; d < space.keys.size(); ++d) {
    const KeyDim& k = space.keys[d];
    if (k.multi) {
      if (!a.present[d]) continue;
      std::vector<std::string> items;
      for (size_t i = 0; i < k.reps.size(); ++i)
        if (a.sets[d][i]) items.push_back(k.reps[i]);
      r.set(k.spelling, sim::ContextValue::list(std::move(items)));
    } else if (a.keys[d] >= 0) {
      const std::string& text = k.reps[static_cast<size_t>(a.keys[d])];
      if (text == "true" || text == "false") {
        r.set(k.spelling, sim::ContextValue(text == "true"));
      } else {
        r.set(k.spelling, sim::ContextValue(text));
      }
    }
  }
  if (a.object != 0) r.object = space.objects[a.object];
  return r;
}

}  // namespace bslc::verify::detail
