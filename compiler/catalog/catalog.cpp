#include "catalog/catalog.h"

#include <algorithm>
#include <cctype>
#include <stdexcept>

#include "catalog/embedded.h"
#include "source/suggest.h"

namespace bslc::catalog {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// Lower-cases into a caller's buffer; nullopt when the name is too long to be
// a name the catalog knows.
constexpr size_t kMaxName = 160;
std::optional<std::string_view> lower_into(std::string_view s, char (&buf)[kMaxName]) {
  if (s.size() > kMaxName) return std::nullopt;
  for (size_t i = 0; i < s.size(); ++i) buf[i] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[i])));
  return std::string_view(buf, s.size());
}

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  if (s.empty()) return out;
  size_t start = 0;
  for (;;) {
    const size_t at = s.find(sep, start);
    out.push_back(s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) return out;
    start = at + 1;
  }
}

// IAM action matching: `*` any run, `?` one character, case-insensitive.
bool glob(std::string_view p, std::string_view t) {
  size_t pi = 0, ti = 0, star = std::string_view::npos, mark = 0;
  auto eq = [](char a, char b) {
    return std::tolower(static_cast<unsigned char>(a)) == std::tolower(static_cast<unsigned char>(b));
  };
  while (ti < t.size()) {
    if (pi < p.size() && p[pi] == '*') {
      star = pi++;
      mark = ti;
    } else if (pi < p.size() && (p[pi] == '?' || eq(p[pi], t[ti]))) {
      ++pi;
      ++ti;
    } else if (star != std::string_view::npos) {
      pi = star + 1;
      ti = ++mark;
    } else {
      return false;
    }
  }
  while (pi < p.size() && p[pi] == '*') ++pi;
  return pi == p.size();
}

ValueType parse_type(std::string_view text, bool& multivalued) {
  multivalued = text.starts_with("ArrayOf");
  if (multivalued) text.remove_prefix(7);
  if (text == "String") return ValueType::String;
  if (text == "ARN") return ValueType::Arn;
  if (text == "Bool") return ValueType::Bool;
  if (text == "Numeric") return ValueType::Numeric;
  if (text == "Date") return ValueType::Date;
  if (text == "IPAddress") return ValueType::IpAddress;
  if (text == "Binary") return ValueType::Binary;
  throw std::runtime_error("catalog: unknown value type `" + std::string(text) + "`");
}

std::optional<std::string> suggest(std::string_view word, const std::vector<std::string_view>& names) {
  if (auto best = closest(word, names)) return std::string(*best);
  return std::nullopt;
}

}  // namespace

bool Action::acts_on(std::string_view resource_type) const {
  return std::find(resource_types.begin(), resource_types.end(), resource_type) != resource_types.end();
}

Catalog Catalog::parse(std::string_view tsv) {
  Catalog c;
  std::vector<std::vector<std::string_view>> action_rows;
  for (std::string_view line : split(tsv, '\n')) {
    if (line.empty() || line.front() == '#') continue;
    const auto f = split(line, '\t');
    if (f[0] == "source" && f.size() == 4) {
      c.source_ = std::string(f[1]) + " " + std::string(f[2]) + (f[3].empty() ? "" : " (" + std::string(f[3]) + ")");
    } else if (f[0] == "key" && f.size() == 4) {
      Key k;
      k.name = std::string(f[1]);
      k.type = parse_type(f[2], k.multivalued);
      k.service = std::string(f[3]);
      k.global = f[3] == "global";
      c.keys_.push_back(std::move(k));
    } else if (f[0] == "action" && f.size() == 5) {
      action_rows.push_back(f);
    } else {
      throw std::runtime_error("catalog: malformed line `" + std::string(line.substr(0, 80)) + "`");
    }
  }
  for (uint32_t i = 0; i < c.keys_.size(); ++i) {
    c.key_index_.emplace(lower(c.keys_[i].name), i);
    if (c.keys_[i].is_family()) {
      c.families_.push_back(i);
      c.family_prefixes_.push_back(lower(std::string_view(c.keys_[i].name).substr(0, c.keys_[i].name.size() - 1)));
    }
  }
  for (const auto& f : action_rows) {
    Action a;
    a.name = std::string(f[1]);
    a.service = a.name.substr(0, a.name.find(':'));
    a.access_level = std::string(f[2]);
    for (auto r : split(f[3], ',')) a.resource_types.emplace_back(r);
    for (auto k : split(f[4], ',')) {
      const auto it = c.key_index_.find(lower(k));
      if (it == c.key_index_.end())
        throw std::runtime_error("catalog: " + a.name + " names unknown key " + std::string(k));
      a.keys.push_back(&c.keys_[it->second]);
    }
    if (std::find(c.services_.begin(), c.services_.end(), a.service) == c.services_.end())
      c.services_.push_back(a.service);
    c.actions_.push_back(std::move(a));
  }
  for (uint32_t i = 0; i < c.actions_.size(); ++i) c.action_index_.emplace(lower(c.actions_[i].name), i);
  return c;
}

const Catalog& Catalog::aws() {
  static const Catalog instance = parse(embedded_aws_iam_tsv());
  return instance;
}

const Action* Catalog::action(std::string_view name) const {
  char buf[kMaxName];
  const auto l = lower_into(name, buf);
  if (!l) return nullptr;
  const auto it = action_index_.find(*l);
  return it == action_index_.end() ? nullptr : &actions_[it->second];
}

std::vector<const Action*> Catalog::matching(std::string_view pattern) const {
  std::vector<const Action*> out;
  if (pattern.find_first_of("*?") == std::string_view::npos) {
    if (const Action* a = action(pattern)) out.push_back(a);
    return out;
  }
  for (const auto& a : actions_)
    if (glob(pattern, a.name)) out.push_back(&a);
  return out;
}

bool Catalog::has_service(std::string_view prefix) const {
  const std::string p = lower(prefix);
  return std::find(services_.begin(), services_.end(), p) != services_.end();
}

const Key* Catalog::key(std::string_view name) const {
  char buf[kMaxName];
  const auto lowered = lower_into(name, buf);
  // Tag keys may be long: fall back to the family prefix alone.
  const std::string_view l = lowered ? *lowered : std::string_view();
  if (lowered)
    if (const auto it = key_index_.find(l); it != key_index_.end()) return &keys_[it->second];
  // A family covers every non-empty suffix after its `*`; the longest prefix wins.
  const Key* best = nullptr;
  size_t best_length = 0;
  for (size_t f = 0; f < families_.size(); ++f) {
    const std::string& prefix = family_prefixes_[f];
    if (name.size() <= prefix.size() || prefix.size() < best_length) continue;
    bool match = true;
    for (size_t i = 0; i < prefix.size() && match; ++i)
      match = std::tolower(static_cast<unsigned char>(name[i])) == prefix[i];
    if (match) {
      best = &keys_[families_[f]];
      best_length = prefix.size();
    }
  }
  return best;
}

bool Catalog::carries(const Action& action, const Key& key) const {
  if (key.global) return true;
  return std::find(action.keys.begin(), action.keys.end(), &key) != action.keys.end();
}

std::optional<std::string> Catalog::suggest_action(std::string_view name) const {
  std::vector<std::string_view> names;
  names.reserve(actions_.size());
  for (const auto& a : actions_) names.emplace_back(a.name);
  return suggest(name, names);
}

std::optional<std::string> Catalog::suggest_key(std::string_view name) const {
  // A family is suggested by its prefix with the user's suffix kept:
  // `s3:ExistingObjectTg/Owner` -> `s3:ExistingObjectTag/Owner`.
  const size_t slash = name.find('/');
  std::vector<std::string_view> names;
  for (const auto& k : keys_) {
    if (!k.is_family()) {
      names.emplace_back(k.name);
    } else if (slash != std::string_view::npos && k.name.ends_with("/*")) {
      names.emplace_back(std::string_view(k.name).substr(0, k.name.size() - 1));
    }
  }
  if (slash != std::string_view::npos) {
    if (auto best = closest(name.substr(0, slash + 1), names))
      if (best->ends_with('/')) return std::string(*best) + std::string(name.substr(slash + 1));
  }
  return suggest(name, names);
}

const char* to_string(ValueType type) {
  switch (type) {
    case ValueType::String: return "String";
    case ValueType::Arn: return "ARN";
    case ValueType::Bool: return "Bool";
    case ValueType::Numeric: return "Numeric";
    case ValueType::Date: return "Date";
    case ValueType::IpAddress: return "IPAddress";
    case ValueType::Binary: return "Binary";
  }
  return "String";
}

}  // namespace bslc::catalog
