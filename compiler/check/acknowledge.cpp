#include "check/acknowledge.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <set>
#include <tuple>

#include "check/support.h"
#include "source/work_counter.h"

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

  for (size_t i = 0; i < subjects_.size(); ++i) {
    const Subject& s = subjects_[i];
    for (const auto& a : s.anchors) anchor_owner_.emplace(AnchorKey{a.file, a.span.begin, a.span.end}, i);
    blocks_[s.block.file].push_back(Block{s.block.span.begin, s.block.span.end, i});
  }
  for (auto& [file, list] : blocks_) {
    std::stable_sort(list.begin(), list.end(), [](const Block& a, const Block& b) { return a.begin < b.begin; });
    // Spans are closed for containment, so touching blocks count as overlapping.
    for (size_t i = 1, reach = list[0].end; i < list.size(); reach = std::max<size_t>(reach, list[i].end), ++i)
      if (list[i].begin <= reach) blocks_overlap_ = true;
  }
}

size_t Acknowledger::AnchorHash::operator()(const AnchorKey& k) const {
  return std::hash<std::string>()(k.file) ^ (std::hash<uint64_t>()((uint64_t(k.begin) << 32) | k.end) * 31);
}

const Acknowledger::Subject* Acknowledger::owner_of(const Location& loc) const {
  if (!loc.valid()) return nullptr;
  work::count();
  const auto it = anchor_owner_.find(AnchorKey{loc.source->name(), loc.span.begin, loc.span.end});
  return it == anchor_owner_.end() ? nullptr : &subjects_[it->second];
}

const Acknowledger::Subject* Acknowledger::block_containing(const Location& loc) const {
  if (!loc.valid()) return nullptr;
  const auto file = blocks_.find(loc.source->name());
  if (file == blocks_.end()) return nullptr;
  const std::vector<Block>& list = file->second;
  auto contains = [&](const Block& b) { return loc.span.begin >= b.begin && loc.span.end <= b.end; };
  if (blocks_overlap_) {  // never for specs written as blocks; kept exact all the same
    const Block* best = nullptr;
    for (const auto& b : list) {
      work::count();
      if (contains(b) && (!best || b.subject < best->subject)) best = &b;
    }
    return best ? &subjects_[best->subject] : nullptr;
  }
  // Disjoint blocks: only the last one starting at or before the span can hold it.
  work::count();
  auto it = std::upper_bound(list.begin(), list.end(), loc.span.begin,
                             [](uint32_t begin, const Block& b) { return begin < b.begin; });
  if (it == list.begin()) return nullptr;
  --it;
  return contains(*it) ? &subjects_[it->subject] : nullptr;
}

const Acknowledger::Subject* Acknowledger::subject_of(const diag::Diagnostic& d) const {
  if (const Subject* s = owner_of(d.loc)) return s;
  for (const auto& n : d.notes)
    if (const Subject* s = owner_of(n.loc)) return s;
  return block_containing(d.loc);
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
