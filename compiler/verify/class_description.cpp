#include "verify/class_description.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace bslc::verify::detail {
namespace {

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : std::string(separator)) + i;
  return out;
}

// The longest named prefix of `key` and the named prefixes and keys under it
// that `key` is not in (the nearest ones only): the class of keys `key`
// stands for, as far as prefixes and exact keys tell.
std::string prefix_description(const Space& s, const std::string& key) {
  std::string within;
  for (const auto& p : s.object_prefixes)
    if (key.starts_with(p) && p.size() >= within.size()) within = p;
  std::vector<std::string> excluded_prefixes;
  for (const auto& q : s.object_prefixes) {
    if (q.size() <= within.size() || !q.starts_with(within) || key.starts_with(q)) continue;
    const bool nested = std::any_of(excluded_prefixes.begin(), excluded_prefixes.end(),
                                    [&](const std::string& e) { return q.starts_with(e); });
    if (!nested) excluded_prefixes.push_back(q);  // sorted: a shorter enclosing prefix came first
  }
  std::vector<std::string> excluded;
  for (const auto& q : excluded_prefixes) excluded.push_back(q + "*");
  for (const auto& k : s.object_keys) {
    if (k == key || !k.starts_with(within)) continue;
    const bool nested = std::any_of(excluded_prefixes.begin(), excluded_prefixes.end(),
                                    [&](const std::string& e) { return k.starts_with(e); });
    if (!nested) excluded.push_back(k);
  }
  std::string out = within.empty() ? "any key" : within + "*";
  if (!excluded.empty()) out += " except " + join(excluded, ", ");
  return out;
}

std::string value_text(const std::string& rep) {
  if (rep == "true" || rep == "false") return rep;
  const bool number = !rep.empty() && std::all_of(rep.begin(), rep.end(), [](char c) {
    return (c >= '0' && c <= '9') || c == '.' || c == '-';
  });
  if (number) return rep;
  return "\"" + rep + "\"";
}

}  // namespace

std::vector<std::string> describe_resources(const Space& s, const std::vector<bool>& in_class) {
  const std::string objects = s.bucket_arn + "/";
  std::vector<std::string> out;
  std::vector<size_t> object_reps;
  for (size_t r = 0; r < s.resources.size(); ++r) {
    if (s.resources[r] == s.bucket_arn) {
      if (in_class[r]) out.push_back("the bucket");
    } else if (s.resources[r].starts_with(objects)) {
      object_reps.push_back(r);
    }
  }
  auto key_of = [&](size_t r) { return s.resources[r].substr(objects.size()); };
  std::vector<bool> described(s.resources.size());
  // Whole prefixes first, the widest that lies inside the class.
  std::vector<std::string> prefixes = {""};
  prefixes.insert(prefixes.end(), s.object_prefixes.begin(), s.object_prefixes.end());
  std::vector<std::string> chosen;
  for (const auto& p : prefixes) {
    if (std::any_of(chosen.begin(), chosen.end(), [&](const std::string& c) { return p.starts_with(c); })) continue;
    bool any = false, all = true;
    for (size_t r : object_reps) {
      if (!key_of(r).starts_with(p)) continue;
      any = true;
      all = all && in_class[r];
    }
    if (!any || !all) continue;
    chosen.push_back(p);
    for (size_t r : object_reps)
      if (key_of(r).starts_with(p)) described[r] = true;
    out.push_back(p.empty() ? "every object" : p + "*");
  }
  // Then exact keys: each is its own class.
  for (size_t r : object_reps) {
    if (described[r] || !in_class[r]) continue;
    const std::string key = key_of(r);
    if (std::find(s.object_keys.begin(), s.object_keys.end(), key) == s.object_keys.end()) continue;
    described[r] = true;
    out.push_back("key " + key);
  }
  // The rest by their prefix description, which is exact when no
  // representative outside the class shares it.
  std::map<std::string, std::pair<std::string, bool>> rest;  // description -> (an example key, exact)
  std::vector<std::string> order;
  for (size_t r : object_reps) {
    if (described[r] || !in_class[r]) continue;
    const std::string d = prefix_description(s, key_of(r));
    if (rest.emplace(d, std::make_pair(key_of(r), true)).second) order.push_back(d);
  }
  for (size_t r : object_reps) {
    if (in_class[r]) continue;
    const auto it = rest.find(prefix_description(s, key_of(r)));
    if (it != rest.end()) it->second.second = false;
  }
  for (const auto& d : order) {
    const auto& [example, exact] = rest.at(d);
    out.push_back(exact ? d : "some keys in " + d + " (e.g. " + example + ")");
  }
  return out;
}

std::string describe_key(const KeyDim& k, const std::vector<bool>& possible, const std::vector<bool>& feasible) {
  if (possible == feasible) return "";
  const size_t absent = possible.size() - 1;
  if (k.multi) return k.spelling + (possible[absent] ? " absent" : " present");
  // Ordered representatives: the union of their regions, as runs of adjacent regions.
  std::vector<Region> ordered;
  std::vector<std::string> in, out;  // literal values
  bool in_named = true, out_named = true;
  bool ordered_narrowed = false;
  for (size_t v = 0; v < absent; ++v) {
    if (!feasible[v]) continue;
    const bool literal = v >= k.regions.size() || k.regions[v].empty();
    if (!literal) {
      ordered_narrowed = ordered_narrowed || !possible[v];
      if (possible[v]) ordered.insert(ordered.end(), k.regions[v].begin(), k.regions[v].end());
      continue;
    }
    const bool named = v < k.named.size() && k.named[v];
    (possible[v] ? in : out)
        .push_back(named ? value_text(k.reps[v]) : "another value (e.g. " + value_text(k.reps[v]) + ")");
    (possible[v] ? in_named : out_named) &= named;
  }
  std::vector<std::string> alternatives;
  if (ordered_narrowed) {
    std::sort(ordered.begin(), ordered.end(), [](const Region& a, const Region& b) {
      return std::tie(a.family, a.order) < std::tie(b.family, b.order);
    });
    for (size_t i = 0; i < ordered.size();) {
      size_t j = i;
      while (j + 1 < ordered.size() && ordered[j + 1].family == ordered[i].family &&
             ordered[j + 1].order == ordered[j].order + 1)
        ++j;
      const Region& lo = ordered[i];
      const Region& hi = ordered[j];
      std::string run;
      if (!lo.low.empty() && lo.low_closed && hi.high_closed && lo.low == hi.high) {
        run = "= " + lo.low;
      } else {
        if (!lo.low.empty()) run = (lo.low_closed ? ">= " : "> ") + lo.low;
        if (!hi.high.empty())
          run += (run.empty() ? "" : " and ") + std::string(hi.high_closed ? "<= " : "< ") + hi.high;
      }
      if (!run.empty()) alternatives.push_back(run);
      i = j + 1;
    }
  }
  const bool literals_narrowed = !in.empty() && !out.empty();
  const bool shorter_excluded = in.size() > out.size() || (!in_named && out_named);
  if (literals_narrowed && shorter_excluded && out_named && alternatives.empty()) {
    // Shorter as what the class excludes.
    std::string s = k.spelling + (out.size() == 1 ? " != " + out.front() : " not in [" + join(out, ", ") + "]");
    return feasible[absent] && !possible[absent] ? s + " (present)" : s;
  }
  if (literals_narrowed || (!in.empty() && ordered_narrowed)) {
    alternatives.push_back(in.size() == 1 ? "= " + in.front() : "in [" + join(in, ", ") + "]");
  }
  if (alternatives.empty()) return k.spelling + (possible[absent] ? " absent" : " present");
  std::string text = k.spelling + " " + join(alternatives, " or ");
  if (feasible[absent] && possible[absent]) text += " or absent";
  return text;
}

}  // namespace bslc::verify::detail
