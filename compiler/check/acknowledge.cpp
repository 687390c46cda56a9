#include "check/acknowledge.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>
#include <tuple>

#include "check/support.h"

namespace bslc::check {

bool acknowledgeable(diag::Code code) {
  return diag::info(code).default_severity != diag::Severity::Error || code == diag::Code::E0416;
}

namespace {

std::string file_of(const Location& loc) { return loc.source ? loc.source->name() : std::string(); }

// Every setting location written in the bucket's own block (profile settings
// and defaults belong to no single bucket).
std::vector<ir::Origin> own_origins(const ir::Bucket& b) {
  std::vector<ir::Origin> out = {b.name_origin,
                                 b.region_origin,
                                 b.account_origin,
                                 b.encryption.origin,
                                 b.encryption.key_origin,
                                 b.encryption.bucket_key_origin,
                                 b.encryption.require_origin,
                                 b.transport.origin,
                                 b.transport.min_tls_origin,
                                 b.public_access.origin,
                                 b.ownership_origin,
                                 b.versioning.origin,
                                 b.versioning.mfa_delete_origin,
                                 b.object_lock.origin,
                                 b.object_lock.retention_origin,
                                 b.object_lock.bypass_origin,
                                 b.object_lock.legal_hold_origin,
                                 b.presigned.origin,
                                 b.expected_rps_origin};
  if (b.logging) out.push_back(b.logging->origin);
  if (b.audit) out.push_back(b.audit->origin);
  for (const auto& x : b.perimeters) out.push_back(x.origin);
  for (const auto& x : b.tag_restrictions) out.push_back(x.origin);
  for (const auto& x : b.required_tags) out.push_back(x.origin);
  for (const auto& x : b.protected_tags) out.push_back(x.origin);
  for (const auto& x : b.grants) out.push_back(x.origin);
  for (const auto& x : b.denies) {
    out.push_back(x.origin);
    for (const auto& c : x.unless) out.push_back(c.origin);
  }
  for (const auto& x : b.mfa) out.push_back(x.origin);
  for (const auto& x : b.cors) out.push_back(x.origin);
  for (const auto& x : b.notifications) out.push_back(x.origin);
  for (const auto& x : b.acknowledgements) out.push_back(x.origin);
  return out;
}

bool same(const Location& loc, const std::string& file, Span span) {
  return loc.valid() && loc.span == span && file_of(loc) == file;
}

}  // namespace

Acknowledger::Acknowledger(const ir::Model& model) : model_(model) {
  auto add = [&](const std::string& id, const Location& name, const std::vector<ir::Origin>& origins,
                 const std::vector<ir::Acknowledgement>& acks) {
    Subject s;
    s.id = id;
    s.block = Anchor{file_of(name), name.span};
    s.anchors.push_back(s.block);
    for (const auto& o : origins) {
      if (!o.loc.valid() || o.defaulted || !o.profile.empty()) continue;
      s.anchors.push_back(Anchor{file_of(o.loc), o.loc.span});
      if (file_of(o.loc) == s.block.file && o.loc.span.end > s.block.span.end) s.block.span.end = o.loc.span.end;
    }
    s.acks = &acks;
    s.first_use = uses_.size();
    for (const auto& a : acks) {
      AckUse use{&a, diag::parse_code(a.code), false};
      if (use.code && !acknowledgeable(*use.code)) use.code.reset();
      uses_.push_back(use);
    }
    subjects_.push_back(std::move(s));
  };
  for (const auto& b : model_.buckets) add(b.id, b.loc, own_origins(b), b.acknowledgements);
  for (const auto& v : model_.vaults) add(v.id, v.loc, {v.lock_origin}, v.acknowledgements);
}

const Acknowledger::Subject* Acknowledger::subject_of(const diag::Diagnostic& d) const {
  auto owns = [](const Subject& s, const Location& loc) {
    return std::any_of(s.anchors.begin(), s.anchors.end(), [&](const Anchor& a) { return same(loc, a.file, a.span); });
  };
  for (const auto& s : subjects_)
    if (owns(s, d.loc)) return &s;
  for (const auto& n : d.notes)
    for (const auto& s : subjects_)
      if (owns(s, n.loc)) return &s;
  for (const auto& s : subjects_)
    if (d.loc.valid() && file_of(d.loc) == s.block.file && d.loc.span.begin >= s.block.span.begin &&
        d.loc.span.end <= s.block.span.end)
      return &s;
  return nullptr;
}

size_t Acknowledger::apply(std::vector<diag::Diagnostic>& diagnostics) {
  const size_t before = diagnostics.size();
  std::erase_if(diagnostics, [&](const diag::Diagnostic& d) {
    if (!acknowledgeable(d.code)) return false;
    const Subject* s = subject_of(d);
    if (!s) return false;
    bool suppressed = false;
    for (size_t i = s->first_use; i < s->first_use + s->acks->size(); ++i) {
      if (uses_[i].code != d.code) continue;
      uses_[i].used = true;
      suppressed = true;
    }
    return suppressed;
  });
  return before - diagnostics.size();
}

std::vector<diag::Diagnostic> Acknowledger::unused() const {
  // An acknowledgement written once in a profile is used if any bucket using the profile needed it.
  std::set<std::tuple<std::string, uint32_t, std::string>> used_somewhere;
  for (const auto& u : uses_)
    if (u.used) used_somewhere.insert({file_of(u.ack->origin.loc), u.ack->origin.loc.span.begin, u.ack->code});
  std::vector<diag::Diagnostic> out;
  std::set<std::tuple<std::string, uint32_t, std::string>> reported;
  for (const auto& s : subjects_) {
    for (size_t i = s.first_use; i < s.first_use + s.acks->size(); ++i) {
      const AckUse& u = uses_[i];
      if (!u.code || u.used) continue;
      const auto key = std::make_tuple(file_of(u.ack->origin.loc), u.ack->origin.loc.span.begin, u.ack->code);
      if (used_somewhere.count(key) || !reported.insert(key).second) continue;
      out.push_back(diag::make(diag::Code::W0415, u.ack->origin.loc,
                               fmt::format("`acknowledge {}` in `{}` matches no diagnostic", u.ack->code, s.id),
                               "remove the acknowledgement; it no longer suppresses anything"));
    }
  }
  return out;
}

size_t apply_acknowledgements(const ir::Model& model, std::vector<diag::Diagnostic>& diagnostics) {
  Acknowledger ack(model);
  const size_t n = ack.apply(diagnostics);
  for (auto& d : ack.unused()) diagnostics.push_back(std::move(d));
  return n;
}

namespace detail {

void check_acknowledgement_codes(const ir::Model& model, diag::DiagnosticSink& sink) {
  std::set<std::tuple<std::string, uint32_t, std::string>> seen;  // profile acks are shared by buckets
  auto check = [&](const ir::Acknowledgement& a) {
    if (!seen.insert({file_of(a.origin.loc), a.origin.loc.span.begin, a.code}).second) return;
    const auto code = diag::parse_code(a.code);
    if (!code) {
      sink.report(diag::Code::E0420, a.origin.loc, fmt::format("`{}` is not a bslc diagnostic code", a.code),
                  "acknowledge a code that bslc reports, e.g. `acknowledge W0409 because \"...\"`; `bslc explain CODE` "
                  "describes each");
      return;
    }
    if (!acknowledgeable(*code))
      sink.report(diag::Code::E0419, a.origin.loc,
                  fmt::format("error `{}` ({}) cannot be acknowledged: the output would be rejected by AWS or would "
                              "not do what the spec says",
                              diag::info(*code).id, diag::info(*code).title),
                  "fix the setting instead; only warnings and E0416 can be acknowledged");
    const bool blank = std::all_of(a.reason.begin(), a.reason.end(), [](unsigned char c) { return std::isspace(c); });
    if (blank)
      sink.report(diag::Code::E0421, a.origin.loc, fmt::format("`acknowledge {}` gives no reason", a.code),
                  "say why the risk is accepted: `acknowledge CODE because \"...\"`");
  };
  for (const auto& b : model.buckets)
    for (const auto& a : b.acknowledgements) check(a);
  for (const auto& v : model.vaults)
    for (const auto& a : v.acknowledgements) check(a);
}

}  // namespace detail

}  // namespace bslc::check
