#include "verify/space.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "catalog/operations.h"
#include "sim/detail/engine.h"
#include "sim/detail/ip.h"
#include "sim/detail/scalar.h"
#include "sim/request_shape.h"
#include "verify/string_classes.h"
#include "verify/values.h"

namespace bslc::verify::detail {
namespace {

using sd::Condition;
using sd::Family;

// Keys every request carries: AWS sets them itself.
bool always_present(std::string_view key) { return key == "aws:securetransport"; }

KeyDim::Carrier carrier_of(std::string_view key) {
  if (key.starts_with("aws:principalservicename")) return KeyDim::Carrier::Services;
  for (std::string_view p : {"aws:principaltag/", "aws:principalorgid", "aws:principalorgpaths", "aws:principaltype",
                             "aws:userid", "aws:multifactorauth", "aws:sourceidentity", "aws:federatedprovider",
                             "aws:tokenissuetime", "aws:rolesessionname"}) {
    if (key.starts_with(p)) return KeyDim::Carrier::IamCallers;
  }
  return KeyDim::Carrier::Anyone;
}

// Everything the documents and claims compare one key with.
struct KeyUse {
  std::string spelling;
  std::vector<const Condition*> conditions;
  bool multi = false;
  bool strings = false, numbers = false, dates = false, ips = false, binary = false, bools = false;
  std::vector<Glob> globs;
  std::vector<std::string> feature_reps;
  int document_kinds = 0;   // bit per comparison type, from the documents alone
  int all_kinds = 0;        // ... and from the claims
  std::set<size_t> claims;  // claims that read the key
};

int kind_bit(Family f) {
  switch (f) {
    case Family::String:
    case Family::StringIgnoreCase:
    case Family::StringLike:
    case Family::Arn: return 1;
    case Family::Numeric: return 2;
    case Family::Date: return 4;
    case Family::Ip: return 8;
    case Family::Binary: return 16;
    case Family::Bool:
    case Family::Null: return 0;
  }
  return 0;
}

// `claim`: the claim that reads the key, or -1 for the documents.
void note_condition(const Condition& c, KeyUse& use, std::vector<std::string>& limits, std::string_view key,
                    int claim = -1) {
  use.conditions.push_back(&c);
  use.all_kinds |= kind_bit(c.op.family);
  if (claim < 0) {
    use.document_kinds |= kind_bit(c.op.family);
  } else {
    use.claims.insert(static_cast<size_t>(claim));
  }
  if (use.spelling.empty()) use.spelling = c.key_text;
  if (c.op.qualifier != sd::SetQualifier::None) use.multi = true;
  for (const auto& v : c.values) {
    switch (c.op.family) {
      case Family::String:
      case Family::StringIgnoreCase:
      case Family::StringLike:
      case Family::Bool: {
        (c.op.family == Family::Bool ? use.bools : use.strings) = true;
        Glob g;
        if (Glob::from_pattern(v.pattern, g)) {
          use.globs.push_back(std::move(g));
        } else {
          limits.push_back(fmt::format("the policy variable in `{}` (condition on `{}`) is not encoded", v.text, key));
        }
        break;
      }
      case Family::Arn: {
        use.strings = true;
        Glob g;
        if (v.arn && Glob::from_arn_pattern(*v.arn, g)) {
          use.globs.push_back(std::move(g));
        } else {
          limits.push_back(fmt::format("the policy variable in `{}` (condition on `{}`) is not encoded", v.text, key));
        }
        break;
      }
      case Family::Numeric: use.numbers = true; break;
      case Family::Date: use.dates = true; break;
      case Family::Ip: use.ips = true; break;
      case Family::Binary: use.binary = true; break;
      case Family::Null: break;
    }
  }
}

// Representatives of one key: classes of its string patterns, regions of its
// numbers, dates and addresses. A key compared in two ways gets both sets.
int bits(int v) { return __builtin_popcount(static_cast<unsigned>(v)); }

// `regions`: parallel to the result; the region an ordered representative stands for, else nullopt.
std::vector<std::string> key_reps(const KeyUse& use, std::string_view key, std::vector<std::string>& limits,
                                  std::vector<CompiledClaim>& claims, std::vector<std::optional<Region>>& regions) {
  std::vector<std::string> reps;
  const int kinds = use.strings + use.numbers + use.dates + use.ips + use.binary;
  const std::string mixed = fmt::format("`{}` is compared as more than one type; its values are sampled", key);
  if (bits(use.document_kinds) > 1) {
    limits.push_back(mixed);
  } else if (bits(use.all_kinds) > 1) {
    for (size_t c : use.claims) claims[c].limitations.push_back(mixed);  // only the claims that mix them
  }
  if (use.bools && kinds == 0) {
    reps = {"true", "false"};
  } else if (use.strings || use.bools || (kinds == 0 && use.feature_reps.empty())) {
    auto classes = enumerate_classes(use.globs, {});
    if (!classes.complete) limits.push_back(fmt::format("the values of `{}` have too many classes", key));
    reps = std::move(classes.witnesses);
  }
  std::vector<double> numbers;
  std::vector<int64_t> dates;
  std::vector<sd::Cidr> cidrs;
  for (const Condition* c : use.conditions) {
    for (const auto& v : c->values) {
      if (!v.valid) continue;
      switch (c->op.family) {
        case Family::Numeric: numbers.push_back(v.number); break;
        case Family::Date: dates.push_back(v.date_ms); break;
        case Family::Ip: cidrs.push_back(v.cidr); break;
        case Family::Binary: reps.push_back(v.text); break;
        default: break;
      }
    }
  }
  regions.assign(reps.size(), std::nullopt);
  auto ordered = [&](std::vector<std::string> texts, const std::vector<Region>& of) {
    for (const auto& r : of) regions.emplace_back(r);
    append(reps, std::move(texts));
  };
  std::vector<Region> number_regions, date_regions;
  if (use.numbers) ordered(number_reps(numbers, &number_regions), number_regions);
  if (use.dates) ordered(date_reps(dates, &date_regions), date_regions);
  if (use.ips) append(reps, ip_reps(cidrs));
  if (use.binary) reps.push_back("YnNsYw==");
  regions.resize(reps.size(), std::nullopt);
  return reps;
}

class Builder {
 public:
  Builder(Space& space, const std::vector<Side>& sides) : s_(space), sides_(sides) {}

  void run(const std::vector<Claim>& claims) {
    compile_claims(claims);
    collect_keys();
    collect_principals();
    collect_actions();
    collect_resources();
    collect_objects();
  }

 private:
  // Every side's programs: the space must tell apart what any of them tells apart.
  template <typename F>
  void for_each_program(F f) const {
    for (const auto& side : sides_) {
      f(*side.state->bucket, *side.state, false);
      if (side.state->kms) f(*side.state->kms, *side.state, true);
    }
  }
  template <typename F>
  void for_each_bucket_statement(F f) const {
    for (const auto& side : sides_)
      for (const auto& doc : side.state->bucket->documents)
        for (const auto& st : doc.statements) f(st);
  }

  uint32_t intern(std::string_view key) {
    const uint32_t id = s_.binding->keys.intern(key);
    while (s_.binding->forwarded_key.size() < s_.binding->keys.size()) s_.binding->forwarded_key.push_back(0);
    return id;
  }

  void compile_claims(const std::vector<Claim>& claims) {
    for (const auto& claim : claims) {
      CompiledClaim cc;
      cc.claim = claim;
      for (const auto& a : claim.actions)
        cc.actions.push_back(
            sd::Pattern::compile(a, {.wildcards = true, .variables = false, .fold_case = true}, nullptr));
      for (const auto& p : claim.where) {
        if (p.kind != Predicate::Kind::Condition) {
          cc.conditions.emplace_back();
          continue;
        }
        const auto op = sd::parse_operator(p.op);
        std::vector<std::string> problems;
        if (!op) {
          cc.limitations.push_back(fmt::format("unknown condition operator `{}`", p.op));
          cc.conditions.emplace_back();
          continue;
        }
        intern(p.key);
        cc.conditions.push_back(sd::compile_condition(*op, p.op, p.key, p.values, false, s_.binding->keys, problems));
        for (auto& problem : problems) cc.limitations.push_back(std::move(problem));
      }
      for (const auto& party : claim.who.parties) {
        if (party.kind == Party::Kind::Organization) org_ids_.insert(party.value);
      }
      s_.claims.push_back(std::move(cc));
    }
    if (!org_ids_.empty()) intern("aws:PrincipalOrgID");
  }

  // Keys the feature checks read, with the values that steer them.
  void feature_keys() {
    for (const auto& side : sides_) feature_keys(*side.state);
  }
  void feature_keys(const sim::BucketSimulator::State& state) {
    const auto& set = state.settings;
    add_feature("aws:SecureTransport", {"true", "false"});
    if (set.versioning && set.mfa_delete)
      add_feature("s3:x-amz-mfa", {"", "arn:aws:iam::111122223333:mfa/admin 123456"});
    if (set.object_lock.enabled) {
      add_feature("s3:object-lock-mode", {"GOVERNANCE", "COMPLIANCE", "NONE"});
      add_feature("s3:object-lock-retain-until-date", {"2030-01-01T00:00:00Z"});
      add_feature("s3:x-amz-bypass-governance-retention", {"true", "false"});
    }
    add_feature("s3:x-amz-acl", {"bucket-owner-full-control", "private", "public-read"});
    for (std::string_view grant : {"s3:x-amz-grant-read", "s3:x-amz-grant-write", "s3:x-amz-grant-read-acp",
                                   "s3:x-amz-grant-write-acp", "s3:x-amz-grant-full-control"}) {
      add_feature(grant, {"id=\"79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be\"",
                          "uri=\"http://acs.amazonaws.com/groups/global/AllUsers\""});
    }
    add_feature("s3:x-amz-server-side-encryption", {"AES256", "aws:kms", "aws:kms:dsse", "SSE-C"});
    add_feature("s3:x-amz-server-side-encryption-customer-algorithm", {"AES256"});
    std::vector<std::string> key_ids = {
        other_key_arn(), "arn:aws:kms:" + set.region + ":" + account_or_default(state) + ":alias/aws/s3"};
    if (!set.kms_key_arn.empty()) key_ids.insert(key_ids.begin(), set.kms_key_arn);
    if (!set.default_encryption.kms_key_arn.empty()) key_ids.push_back(set.default_encryption.kms_key_arn);
    add_feature("s3:x-amz-server-side-encryption-aws-kms-key-id", key_ids);
  }

  void add_feature(std::string_view key, std::vector<std::string> reps) {
    const uint32_t id = intern(key);
    auto& use = uses_[id];
    if (use.spelling.empty()) use.spelling = std::string(key);
    for (auto& r : reps) use.feature_reps.push_back(std::move(r));
  }

  static std::string account_or_default(const sim::BucketSimulator::State& state) {
    return state.resource_account.empty() ? std::string("111111111111") : state.resource_account;
  }
  std::string other_key_arn() const {
    return "arn:aws:kms:" + s_.state->settings.region + ":" + account_or_default(*s_.state) +
           ":key/00000000-0000-0000-0000-00000000beef";
  }

  void note_program(const sd::Program& program, const sim::BucketSimulator::State& state, bool forwarded) {
    for (const auto& doc : program.documents) {
      for (const auto& st : doc.statements) {
        for (const auto& c : st.conditions) {
          if (is_principal_derived(*s_.binding, c.key) || c.key == s_.binding->k.via_aws_service) continue;
          if (forwarded) {
            // Only keys that pass from the caller's request into the KMS call are the caller's.
            if (c.key == state.key_via_service || c.key == state.key_caller_account ||
                c.key == state.key_encryption_context || !program.forwarded_key[c.key]) {
              continue;
            }
          }
          note_condition(c, uses_[c.key], s_.limitations, s_.binding->keys.name(c.key));
        }
        for (const auto& r : st.resources) {
          if (r.has_variables())
            s_.limitations.push_back(fmt::format("the policy variable in resource `{}` is not encoded", r.source()));
        }
      }
    }
  }

  void collect_keys() {
    for_each_program([&](const sd::Program& program, const sim::BucketSimulator::State& state, bool forwarded) {
      note_program(program, state, forwarded);
    });
    for (size_t i = 0; i < s_.claims.size(); ++i) {
      auto& cc = s_.claims[i];
      for (const auto& c : cc.conditions) {
        if (c.op_text.empty() || is_principal_derived(*s_.binding, c.key)) continue;
        note_condition(c, uses_[c.key], cc.limitations, s_.binding->keys.name(c.key), static_cast<int>(i));
      }
    }
    if (!org_ids_.empty()) {
      auto& use = uses_[static_cast<uint32_t>(s_.binding->keys.find("aws:PrincipalOrgID"))];
      use.strings = true;
      if (use.spelling.empty()) use.spelling = "aws:PrincipalOrgID";
      for (const auto& id : org_ids_) use.globs.push_back(Glob::literal(id));
    }
    feature_keys();
    for (auto& [id, use] : uses_) {
      KeyDim dim;
      dim.name = s_.binding->keys.name(id);
      dim.spelling = use.spelling.empty() ? dim.name : use.spelling;
      dim.read_by_conditions = !use.conditions.empty();
      dim.multi = use.multi;
      dim.always_present = always_present(dim.name);
      dim.carrier = carrier_of(dim.name);
      std::vector<std::string> reps;
      std::vector<std::optional<Region>> regions;
      // Values a request really sends come first, so they are the ones kept.
      if (dim.name == "s3:tlsversion") reps = {"1.2", "1.3", "1.1", "1.0"};
      std::vector<std::optional<Region>> key_regions;
      append(reps, key_reps(use, dim.spelling, s_.limitations, s_.claims, key_regions));
      regions.assign(reps.size() - key_regions.size(), std::nullopt);
      regions.insert(regions.end(), key_regions.begin(), key_regions.end());
      // One representative per behaviour: policies that cannot tell two apart need only one.
      std::map<std::vector<bool>, size_t> seen;  // behaviour -> the representative kept for it
      for (size_t i = 0; i < reps.size(); ++i) {
        const auto [it, fresh] = seen.emplace(signature(use, id, reps[i]), dim.reps.size());
        if (fresh) {
          dim.reps.push_back(std::move(reps[i]));
          dim.feature.push_back(false);
          dim.regions.emplace_back();
        }
        if (regions[i]) dim.regions[it->second].push_back(*regions[i]);
      }
      for (auto& r : use.feature_reps) {
        if (std::find(dim.reps.begin(), dim.reps.end(), r) != dim.reps.end()) {
          dim.feature[static_cast<size_t>(std::find(dim.reps.begin(), dim.reps.end(), r) - dim.reps.begin())] = true;
          continue;
        }
        dim.reps.push_back(std::move(r));
        dim.feature.push_back(true);
        dim.regions.emplace_back();
      }
      if (dim.reps.empty()) {
        dim.reps.push_back("bslc");
        dim.regions.emplace_back();
      }
      std::set<std::string, std::less<>> written;
      for (const Condition* c : use.conditions)
        for (const auto& v : c->values) written.insert(v.text);
      for (size_t i = 0; i < dim.reps.size(); ++i) {
        const std::string& r = dim.reps[i];
        dim.named.push_back(dim.feature[i] || r == "true" || r == "false" || written.count(r) > 0);
      }
      s_.key_dim[id] = static_cast<int>(s_.keys.size());
      s_.keys.push_back(std::move(dim));
    }
  }

  // What every condition on the key says of one value.
  std::vector<bool> signature(const KeyUse& use, uint32_t id, const std::string& value) {
    std::vector<bool> out;
    std::vector<sd::ValueView> slots(s_.binding->keys.size());
    std::vector<std::string> items{value};
    sd::ValueView& v = slots[id];
    if (use.multi) {
      v.state = sd::ValueView::State::List;
      v.items = &items;
    } else {
      v.state = sd::ValueView::State::Scalar;
      v.text = value;
    }
    sd::ConditionScratch scratch;
    for (const Condition* c : use.conditions) out.push_back(sd::evaluate_condition(*c, slots, scratch));
    return out;
  }

  void add_principal(std::string text) {
    if (std::find(s_.principal_texts.begin(), s_.principal_texts.end(), text) == s_.principal_texts.end())
      s_.principal_texts.push_back(std::move(text));
  }

  void note_arn(std::string_view text) {
    const auto p = sim::parse_principal(text);
    if (!p) return;
    if (!p->account.empty()) accounts_.insert(std::string(p->account));
    switch (p->kind) {
      case sim::PrincipalKind::User:
      case sim::PrincipalKind::FederatedUser:
      case sim::PrincipalKind::AssumedRole: add_principal(std::string(text)); break;
      case sim::PrincipalKind::Role:
        roles_.insert({std::string(p->account), std::string(p->name)});
        add_principal(std::string(text));
        break;
      case sim::PrincipalKind::Service: services_.insert(std::string(p->name)); break;
      default: break;
    }
  }

  void note_principal_values(const sd::Program& program, const sim::BucketSimulator::State& state) {
    for (const auto& doc : program.documents) {
      for (const auto& st : doc.statements) {
        for (const auto& e : st.principal.entries) {
          using K = sd::PrincipalEntry::Kind;
          switch (e.kind) {
            case K::Account: accounts_.insert(e.account); break;
            case K::Role:
              accounts_.insert(e.account);
              roles_.insert({e.account, e.name});
              break;
            case K::User:
            case K::Session:
            case K::FederatedUser:
            case K::OtherArn: note_arn(e.exact); break;
            case K::Service: services_.insert(e.exact); break;
            default: break;
          }
        }
        for (const auto& c : st.conditions) {
          const auto& k = s_.binding->k;
          const bool arn_key = c.key == k.principal_arn;
          const bool account_key = c.key == k.principal_account || (state.kms && c.key == state.key_caller_account);
          if (!arn_key && !account_key && c.key != k.username) continue;
          for (const auto& v : c.values) {
            if (account_key) {
              if (v.text.size() == 12) accounts_.insert(v.text);
            } else if (c.key == k.username) {
              usernames_.insert(v.text);
            } else if (v.text.find_first_of("*?") == std::string::npos) {
              note_arn(v.text);
            } else {
              arn_patterns_.push_back(v.text);
            }
          }
        }
      }
    }
  }

  void collect_principals() {
    for_each_program([&](const sd::Program& program, const sim::BucketSimulator::State& state, bool) {
      note_principal_values(program, state);
    });
    for (const auto& side : sides_)
      for (const auto& [arn, docs] : side.config->identities) note_arn(arn);
    for (const auto& cc : s_.claims) {
      for (const auto& party : cc.claim.who.parties) {
        if (party.kind == Party::Kind::Account || party.kind == Party::Kind::AccountNonRoot) {
          accounts_.insert(party.value);
        } else if (party.kind == Party::Kind::Principal) {
          if (party.value.ends_with(".amazonaws.com") || party.value.ends_with(".amazonaws.com.cn"))
            services_.insert(party.value);
          else
            note_arn(party.value);
        }
      }
    }
    for (const auto& side : sides_)
      if (!side.state->resource_account.empty()) accounts_.insert(side.state->resource_account);
    // One account no document names stands for every other account.
    for (std::string fresh : {"210987654321", "210987654322", "210987654323"}) {
      if (!accounts_.count(fresh)) {
        accounts_.insert(fresh);
        break;
      }
    }
    // Wildcard patterns on aws:PrincipalArn: one role and one user name matching each.
    std::set<std::string> extra_names;
    for (const auto& pattern : arn_patterns_) {
      std::string name;
      const size_t slash = pattern.find_last_of('/');
      name = slash == std::string::npos ? "" : pattern.substr(slash + 1);
      for (char& c : name)
        if (c == '*' || c == '?') c = 'x';
      if (!name.empty()) extra_names.insert(name);
    }
    add_principal("anonymous");
    for (const auto& svc : services_) add_principal(svc);
    add_principal("unlisted.amazonaws.com");
    for (const auto& a : accounts_) {
      add_principal("arn:aws:iam::" + a + ":root");
      add_principal("arn:aws:iam::" + a + ":user/bslc-any-user");
      add_principal("arn:aws:iam::" + a + ":role/bslc-any-role");
      for (const auto& u : usernames_) add_principal("arn:aws:iam::" + a + ":user/" + u);
      for (const auto& n : extra_names) {
        add_principal("arn:aws:iam::" + a + ":role/" + n);
        add_principal("arn:aws:iam::" + a + ":user/" + n);
      }
    }
    for (const auto& [account, name] : roles_) add_principal("arn:aws:iam::" + account + ":role/" + name);
    // Parsed after the texts stop moving: infos hold views into them.
    for (const auto& text : s_.principal_texts) {
      auto info = sim::parse_principal(text);
      if (!info) throw std::logic_error("verifier: unparseable principal representative " + text);
      s_.principals.push_back(*info);
    }
  }

  void collect_actions() {
    std::vector<Glob> globs;
    auto note = [&](const sd::Pattern& p) {
      Glob g;
      if (Glob::from_pattern(p, g)) globs.push_back(std::move(g));
      if (!p.has_wildcards()) s_.action_spelling.emplace(sd::lower(p.source()), p.source());
    };
    for_each_bucket_statement([&](const sd::CompiledStatement& st) {
      for (const auto& a : st.actions) note(a);
    });
    for (const auto& cc : s_.claims)
      for (const auto& a : cc.actions) note(a);
    for (std::string_view feature :
         {"s3:PutObject", "s3:GetObject", "s3:GetObjectVersion", "s3:DeleteObjectVersion", "s3:PutBucketVersioning",
          "s3:PutObjectRetention", "s3:PutObjectAcl", "s3:PutBucketAcl", "s3:CreateBucket"}) {
      note(sd::Pattern::compile(feature, {.wildcards = false, .variables = false, .fold_case = true}, nullptr));
    }
    // Each S3 operation AWS authorizes as another action (s3:UploadPart as
    // s3:PutObject, without the object's headers) is a request of its own:
    // its own class, so no other class's witness is one.
    for (const auto& op : catalog::s3_operations())
      note(sd::Pattern::compile(op.name, {.wildcards = false, .variables = false, .fold_case = true}, nullptr));
    // A request to a bucket or an object is an S3 action: "s3:<name>".
    Glob shape = Glob::literal("s3:", true);
    using K = Glob::Element::Kind;
    shape.elements.push_back({K::AnyChar, 0, true});
    shape.elements.push_back({K::AnyRun, 0, true});
    auto classes = enumerate_classes(globs, {shape});
    if (!classes.complete) s_.limitations.push_back("the actions have too many classes");
    for (auto& w : classes.witnesses) {
      std::string lower = sd::lower(w);
      if (std::find(s_.actions.begin(), s_.actions.end(), lower) == s_.actions.end()) s_.actions.push_back(lower);
    }
    for (const auto& a : s_.actions) {
      const sim::ActionShape shape = sim::shape_action(a, false);
      s_.iam_actions.push_back(sd::lower(shape.action));
      s_.parts_only.push_back(shape.parts_only);
    }
  }

  void collect_resources() {
    std::vector<Glob> globs;
    const std::string objects = s_.bucket_arn + "/";
    auto note_object_pattern = [&](const sd::Pattern& p) {
      using K = sd::Token::Kind;
      const auto& t = p.tokens();
      const bool text_first = !t.empty() && t[0].kind == K::Text && !p.folds_case();
      if (t.empty()) return;
      if (!text_first || !t[0].text.starts_with(objects)) {
        // Disjoint from this bucket's objects, or matching all of them: no object class is told apart.
        const bool disjoint = text_first && (t.size() == 1 || !objects.starts_with(t[0].text));
        const bool all_objects = text_first && t.size() == 2 && t[1].kind == K::AnyRun;
        if (!disjoint && !all_objects) s_.other_object_patterns = true;
        return;
      }
      const std::string key = t[0].text.substr(objects.size());
      auto add = [](std::vector<std::string>& list, const std::string& k) {
        if (std::find(list.begin(), list.end(), k) == list.end()) list.push_back(k);
      };
      if (t.size() == 1) {
        add(s_.object_keys, key);
      } else if (t.size() == 2 && t[1].kind == K::AnyRun) {
        add(s_.object_prefixes, key);
      } else {
        s_.other_object_patterns = true;
      }
    };
    auto note = [&](const sd::Pattern& p) {
      note_object_pattern(p);
      Glob g;
      if (Glob::from_pattern(p, g)) globs.push_back(std::move(g));
    };
    for_each_bucket_statement([&](const sd::CompiledStatement& st) {
      for (const auto& r : st.resources) note(r);
    });
    for (const auto& cc : s_.claims) {
      auto prefix = [&](const std::string& p) {
        globs.push_back(Glob::prefix(objects + p));
        if (std::find(s_.object_prefixes.begin(), s_.object_prefixes.end(), p) == s_.object_prefixes.end())
          s_.object_prefixes.push_back(p);
      };
      if (cc.claim.prefix) prefix(*cc.claim.prefix);
      for (const auto& p : cc.claim.where)
        if (p.kind == Predicate::Kind::Prefix) prefix(p.prefix);
    }
    std::sort(s_.object_prefixes.begin(), s_.object_prefixes.end());
    std::sort(s_.object_keys.begin(), s_.object_keys.end());
    // The bucket, or an object of it (a key has at least one character).
    Glob object = Glob::literal(s_.bucket_arn + "/");
    object.elements.push_back({Glob::Element::Kind::AnyChar, 0, false});
    object.elements.push_back({Glob::Element::Kind::AnyRun, 0, false});
    auto classes = enumerate_classes(globs, {Glob::literal(s_.bucket_arn), object});
    if (!classes.complete) s_.limitations.push_back("the resources have too many classes");
    s_.resources = std::move(classes.witnesses);
  }

  void collect_objects() {
    s_.objects.emplace_back();  // no state of its own: the bucket defaults
    using sim::SseAlgorithm;
    std::vector<sim::Encryption> encryptions = {
        {SseAlgorithm::SseS3, "", false}, {SseAlgorithm::SseC, "", false}, {SseAlgorithm::SseKms, "", false}};
    bool object_lock = false;
    std::set<std::string> keys;
    for (const auto& side : sides_) {
      const auto& set = side.state->settings;
      object_lock = object_lock || set.object_lock.enabled;
      const std::string key = !set.kms_key_arn.empty() ? set.kms_key_arn : set.default_encryption.kms_key_arn;
      if (key.empty() || !keys.insert(key).second) continue;
      encryptions.push_back({SseAlgorithm::SseKms, key, false});
      encryptions.push_back({SseAlgorithm::SseKms, key, true});
      encryptions.push_back({SseAlgorithm::DsseKms, key, false});
    }
    encryptions.push_back({SseAlgorithm::SseKms, other_key_arn(), false});
    for (const auto& e : encryptions) {
      sim::ObjectState o;
      o.encryption = e;
      s_.objects.push_back(o);
    }
    if (object_lock) {
      for (auto mode : {sim::LockMode::None, sim::LockMode::Governance, sim::LockMode::Compliance}) {
        for (bool hold : {false, true}) {
          sim::ObjectState o;
          o.lock_mode = mode;
          o.legal_hold = hold;
          s_.objects.push_back(o);
        }
      }
    }
  }

  Space& s_;
  const std::vector<Side>& sides_;
  std::map<uint32_t, KeyUse> uses_;
  std::set<std::string> accounts_, services_, usernames_, org_ids_;
  std::set<std::pair<std::string, std::string>> roles_;
  std::vector<std::string> arn_patterns_;
};

}  // namespace

bool is_principal_derived(const sd::Program& binding, uint32_t key) {
  const auto& k = binding.k;
  return key == k.principal_arn || key == k.principal_account || key == k.username || key == k.principal_is_service;
}

int Space::dim_of(std::string_view key) const {
  const int id = binding->keys.find(key);
  if (id < 0) return -1;
  const auto it = key_dim.find(static_cast<uint32_t>(id));
  return it == key_dim.end() ? -1 : it->second;
}

Space build_space(std::shared_ptr<const sim::BucketSimulator::State> state, const sim::BucketConfig& config,
                  std::string bucket_arn, const std::vector<Claim>& claims) {
  return build_space({Side{std::move(state), &config}}, std::move(bucket_arn), claims);
}

Space build_space(const std::vector<Side>& sides, std::string bucket_arn, const std::vector<Claim>& claims) {
  if (sides.empty()) throw std::logic_error("verifier: a space needs at least one side");
  Space s;
  s.state = sides.back().state;
  s.binding = std::make_unique<sd::Program>(s.state->binding());
  s.bucket_arn = std::move(bucket_arn);
  Builder(s, sides).run(claims);
  return s;
}

}  // namespace bslc::verify::detail
