// bslc diff OLD NEW: what access a change adds or removes, per bucket,
// proved by the verifier's encoding of both sides over one request space
// (verify/diff.h), each example replayed by the simulator on both sides; and
// what settings changed. --git-base REV compares FILE... at REV (read with
// `git show`, no checkout) with the working tree.
#include <fmt/format.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>

#include "driver/bucket_config.h"
#include "driver/commands.h"
#include "driver/diag_options.h"
#include "driver/exit_codes.h"
#include "driver/guard.h"
#include "driver/markdown.h"
#include "driver/pipeline.h"
#include "driver/sim_support.h"
#include "driver/simulate_target.h"
#include "driver/verification.h"
#include "verify/diff.h"

namespace bslc::driver {
namespace {

namespace fs = std::filesystem;

// One side of the diff, compiled (documents lowered, nothing written).
struct Side {
  std::string label;  // what the user named: files, or REV
  PipelineResult result;
};

// A bucket's settings as (name, value) facts, in a fixed order; a diff lists the facts that differ.
std::vector<std::pair<std::string, std::string>> settings_facts(const ir::Bucket& b) {
  auto yes = [](bool v) { return std::string(v ? "on" : "off"); };
  std::vector<std::pair<std::string, std::string>> f;
  std::string enc = ir::to_string(b.encryption.mode);
  if (b.encryption.key == ir::KeyKind::New)
    enc += " (new key" + (b.encryption.key_alias.empty() ? "" : " " + b.encryption.key_alias) + ")";
  if (b.encryption.key == ir::KeyKind::Arn) enc += " (key " + b.encryption.key_arn + ")";
  f.emplace_back("encryption", enc);
  f.emplace_back("encryption header required", yes(b.encryption.require_header));
  f.emplace_back("bucket key", yes(b.encryption.bucket_key));
  f.emplace_back("TLS only", yes(b.transport.tls_only));
  f.emplace_back("minimum TLS", b.transport.min_tls.value_or("none"));
  f.emplace_back("block public ACLs", yes(b.public_access.block_public_acls));
  f.emplace_back("ignore public ACLs", yes(b.public_access.ignore_public_acls));
  f.emplace_back("block public policy", yes(b.public_access.block_public_policy));
  f.emplace_back("restrict public buckets", yes(b.public_access.restrict_public_buckets));
  const char* ownership = b.ownership == ir::Ownership::BucketOwnerEnforced    ? "bucket_owner_enforced"
                          : b.ownership == ir::Ownership::BucketOwnerPreferred ? "bucket_owner_preferred"
                                                                               : "object_writer";
  f.emplace_back("object ownership", ownership);
  const char* versioning = b.versioning.state == ir::VersioningState::Enabled     ? "enabled"
                           : b.versioning.state == ir::VersioningState::Suspended ? "suspended"
                                                                                  : "unset";
  f.emplace_back("versioning", versioning);
  f.emplace_back("MFA delete", yes(b.versioning.mfa_delete));
  std::string lock = b.object_lock.enabled ? "enabled" : "off";
  if (b.object_lock.mode) {
    lock += *b.object_lock.mode == ir::LockMode::Compliance ? ", compliance " : ", governance ";
    lock +=
        b.object_lock.days ? fmt::format("{} days", b.object_lock.days) : fmt::format("{} years", b.object_lock.years);
  }
  f.emplace_back("object lock", lock);
  f.emplace_back("access logging", b.logging ? b.logging->target_name + "/" + b.logging->prefix : "off");
  f.emplace_back("audit trail", b.audit ? b.audit->trail_bucket_name : "off");
  f.emplace_back("CORS rules", std::to_string(b.cors.size()));
  f.emplace_back("notifications", std::to_string(b.notifications.size()));
  return f;
}

struct BucketDiff {
  std::string name;    // the S3 bucket name: what AWS knows, whatever the spec calls it
  std::string status;  // "changed", "added", "removed"
  verify::AccessDiff access;
  std::vector<std::array<std::string, 3>> settings;  // name, before, after
  SidLines lines_before, lines_after;                // Sid -> "file:line" of the spec that wrote it
};

// The statement that decides a change, with the spec line that wrote it when known.
std::string decided_by(const BucketDiff& d, const verify::AccessChange& c) {
  if (c.deciding.empty()) return "";
  const SidLines& lines = c.added ? d.lines_after : d.lines_before;
  const auto it = lines.find(c.deciding.front());
  return it == lines.end() ? c.deciding.front() : c.deciding.front() + " at " + it->second;
}

const ir::Bucket* find_bucket(const Side& s, const std::string& name) {
  for (const auto& b : s.result.analysis.model.buckets)
    if (b.name == name) return &b;
  return nullptr;
}

// The bucket's emitted documents as the simulator reads them; an empty configuration when absent.
verify::DiffSide diff_side(const Side& s, const ir::Bucket* b, const std::string& account, SidLines& lines) {
  verify::DiffSide side;
  side.config.resource_account = account;
  if (!b || !s.result.documents) return side;
  for (const auto& docs : s.result.documents->buckets) {
    if (docs.bucket_id != b->id) continue;
    SimulatedBucket simulated = simulated_bucket(*b, docs);
    side.config = std::move(simulated.config);
    side.attached_by_account = std::move(simulated.attached_by_account);
    lines = sid_lines(simulated.sources);
  }
  return side;
}

std::vector<BucketDiff> diff_sides(const Side& before, const Side& after, std::chrono::milliseconds timeout) {
  std::vector<std::string> names;
  for (const auto* s : {&before, &after})
    for (const auto& b : s->result.analysis.model.buckets)
      if (std::find(names.begin(), names.end(), b.name) == names.end()) names.push_back(b.name);
  std::vector<BucketDiff> out;
  for (const auto& name : names) {
    const ir::Bucket* old_b = find_bucket(before, name);
    const ir::Bucket* new_b = find_bucket(after, name);
    BucketDiff d;
    d.name = name;
    d.status = !old_b ? "added" : !new_b ? "removed" : "changed";
    const std::string account = new_b ? new_b->account : old_b->account;
    const std::string arn = new_b ? new_b->arn() : old_b->arn();
    const verify::DiffSide old_side = diff_side(before, old_b, account, d.lines_before);
    const verify::DiffSide new_side = diff_side(after, new_b, account, d.lines_after);
    d.access = verify::diff_access(old_side, new_side, arn, {.timeout = timeout});
    if (old_b && new_b) {
      const auto was = settings_facts(*old_b), now = settings_facts(*new_b);
      for (size_t i = 0; i < was.size(); ++i)
        if (was[i].second != now[i].second) d.settings.push_back({was[i].first, was[i].second, now[i].second});
    }
    out.push_back(std::move(d));
  }
  return out;
}

std::string context_text(const sim::Request& r) {
  std::string out;
  for (const auto& e : r.context) out += (out.empty() ? "" : ", ") + e.key + " = " + context_value_text(e.value);
  return out;
}

// Classes that differ only in the caller, merged for reading: one row per
// (direction, action, resource, context), listing the callers.
struct Row {
  const verify::AccessChange* first;
  std::vector<std::string> principals;
};
std::vector<Row> rows_of(const BucketDiff& d) {
  std::vector<Row> rows;
  for (const auto& c : d.access.changes) {
    auto same = [&](const Row& r) {
      const auto& f = *r.first;
      return f.added == c.added && f.example.action == c.example.action && f.example.resource == c.example.resource &&
             context_text(f.example) == context_text(c.example);
    };
    const auto it = std::find_if(rows.begin(), rows.end(), same);
    if (it == rows.end()) {
      rows.push_back({&c, {c.example.principal}});
    } else {
      it->principals.push_back(c.example.principal);
    }
  }
  for (auto& r : rows) std::sort(r.principals.begin(), r.principals.end());
  return rows;
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& i : items) out += (out.empty() ? "" : ", ") + i;
  return out;
}

std::string action_text(const verify::AccessChange& c) {
  return c.unnamed_action ? c.example.action + " (any action no document names)" : c.example.action;
}

size_t count(const BucketDiff& d, bool added) {
  size_t n = 0;
  for (const auto& c : d.access.changes) n += c.added == added;
  return n;
}

std::string headline(const std::vector<BucketDiff>& diffs) {
  size_t added = 0, removed = 0, settings = 0;
  for (const auto& d : diffs) {
    added += count(d, true);
    removed += count(d, false);
    settings += d.settings.size();
  }
  if (!added && !removed && !settings) return "no access change (proved)";
  std::string out = added ? fmt::format("widens access: {} (caller, action) classes added", added) : "no access added";
  if (removed) out += fmt::format(", {} removed", removed);
  if (settings) out += fmt::format("; {} settings changed", settings);
  return out;
}

void print_text(const std::vector<BucketDiff>& diffs, std::ostream& out) {
  for (const auto& d : diffs) {
    out << "bucket " << d.name << (d.status == "changed" ? "" : " (" + d.status + ")") << "\n";
    if (d.access.changes.empty() && d.settings.empty() && d.access.incomplete.empty())
      out << "  no access change (proved)\n";
    for (const auto& row : rows_of(d)) {
      const auto& c = *row.first;
      out << "  " << (c.added ? "+ " : "- ") << action_text(c) << " " << c.example.resource;
      if (!c.example.context.empty()) out << " with { " << context_text(c.example) << " }";
      out << "\n      by " << join(row.principals) << "\n      " << sim::to_string(c.before) << " -> "
          << sim::to_string(c.after);
      if (!c.deciding.empty()) out << " (" << (c.added ? "allowed by " : "was allowed by ") << decided_by(d, c) << ")";
      out << "\n";
    }
    for (const auto& [name, was, now] : d.settings) out << "  ~ " << name << ": " << was << " -> " << now << "\n";
    if (!d.access.incomplete.empty()) out << "  ! not exact: " << d.access.incomplete << "\n";
  }
  out << headline(diffs) << "\n";
  out << "(bslc-any-user and bslc-any-role stand for every user and role of their account that no document names)\n";
}

void print_markdown(const std::vector<BucketDiff>& diffs, std::ostream& out) {
  bool widens = false;
  for (const auto& d : diffs) widens = widens || count(d, true) > 0;
  out << (widens ? "### ⚠ " : "### ") << "bslc diff: " << md_escape(headline(diffs)) << "\n\n";
  for (const auto& d : diffs) {
    out << "<details" << (count(d, true) ? " open" : "") << "><summary><code>" << md_escape(d.name)
        << "</code>: " << count(d, true) << " added, " << count(d, false) << " removed, " << d.settings.size()
        << " settings</summary>\n\n";
    if (!d.access.changes.empty()) {
      out << "| | principals | action | resource | context | decided by |\n|---|---|---|---|---|---|\n";
      for (const auto& row : rows_of(d)) {
        const auto& c = *row.first;
        out << "| " << (c.added ? "➕ added" : "➖ removed") << " | " << md_escape(join(row.principals)) << " | "
            << md_escape(action_text(c)) << " | " << md_escape(c.example.resource) << " | "
            << md_escape(context_text(c.example)) << " | " << md_escape(decided_by(d, c)) << " |\n";
      }
      out << "\n";
    }
    if (!d.settings.empty()) {
      out << "| setting | before | after |\n|---|---|---|\n";
      for (const auto& [name, was, now] : d.settings)
        out << "| " << md_escape(name) << " | " << md_escape(was) << " | " << md_escape(now) << " |\n";
      out << "\n";
    }
    if (!d.access.incomplete.empty()) out << "Not exact: " << md_escape(d.access.incomplete) << "\n\n";
    out << "</details>\n\n";
  }
}

nlohmann::ordered_json to_json(const std::vector<BucketDiff>& diffs) {
  nlohmann::ordered_json j = nlohmann::ordered_json::array();
  for (const auto& d : diffs) {
    nlohmann::ordered_json b;
    b["bucket"] = d.name;
    b["status"] = d.status;
    b["exact"] = d.access.incomplete.empty();
    if (!d.access.incomplete.empty()) b["incomplete"] = d.access.incomplete;
    for (const char* kind : {"added", "removed"}) {
      nlohmann::ordered_json list = nlohmann::ordered_json::array();
      for (const auto& c : d.access.changes) {
        if (c.added != (std::string_view(kind) == "added")) continue;
        nlohmann::ordered_json e;
        e["request"] = nlohmann::ordered_json::parse(request_line(kind, c.example));
        e["before"] = sim::to_string(c.before);
        e["after"] = sim::to_string(c.after);
        e["deciding"] = c.deciding;
        if (!c.deciding.empty()) e["decided_by"] = decided_by(d, c);
        if (c.unnamed_action) e["unnamed_action"] = true;
        list.push_back(std::move(e));
      }
      b[kind] = std::move(list);
    }
    nlohmann::ordered_json settings = nlohmann::ordered_json::array();
    for (const auto& [name, was, now] : d.settings)
      settings.push_back({{"setting", name}, {"before", was}, {"after", now}});
    b["settings"] = std::move(settings);
    j.push_back(std::move(b));
  }
  return j;
}

// `git show REV:path` for each spec and the .bsl files beside it (a spec may import them).
std::vector<std::string> checkout_at(const std::string& rev, const std::vector<std::string>& files,
                                     const fs::path& into, std::string& error) {
  auto git = [&](const std::string& args, std::string& output) {
    output.clear();
    FILE* pipe = ::popen(("git " + args + " 2>/dev/null").c_str(), "r");
    if (!pipe) return false;
    std::array<char, 4096> buf{};
    size_t n = 0;
    while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) output.append(buf.data(), n);
    return ::pclose(pipe) == 0;
  };
  auto quote = [](const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
  };
  std::string top;
  if (!git("rev-parse --show-toplevel", top)) {
    error = "--git-base needs a git repository";
    return {};
  }
  top.erase(top.find_last_not_of('\n') + 1);
  std::vector<std::string> out;
  for (const auto& file : files) {
    const fs::path rel = fs::relative(fs::weakly_canonical(file), top);
    std::string listing;
    const std::string folder = rel.parent_path().empty() ? "" : " -- " + quote(rel.parent_path().string() + "/");
    if (!git("ls-tree --name-only " + quote(rev) + folder, listing)) {
      error = fmt::format("git cannot read `{}` at {}", rel.string(), rev);
      return {};
    }
    for (size_t start = 0; start < listing.size();) {
      size_t end = listing.find('\n', start);
      if (end == std::string::npos) end = listing.size();
      const std::string path = listing.substr(start, end - start);
      start = end + 1;
      if (!path.ends_with(".bsl") && path != rel.string()) continue;
      std::string text;
      if (!git("show " + quote(rev + ":" + path), text)) continue;
      fs::create_directories((into / path).parent_path());
      std::ofstream(into / path, std::ios::binary) << text;
    }
    if (!fs::exists(into / rel)) {
      error = fmt::format("`{}` does not exist at {}", rel.string(), rev);
      return {};
    }
    out.push_back((into / rel).string());
  }
  return out;
}

// OLD and NEW as bucket policy files (`bslc diff old.json new.json --resource-account ID`).
bool policy_sides(const DiffOptions& o, std::vector<BucketDiff>& out, Streams streams) {
  std::array<SimulateTarget, 2> targets;
  for (size_t i = 0; i < 2; ++i) {
    SimulateOptions so;
    so.policy = i == 0 ? o.old_files.front() : o.new_files.front();
    so.resource_account = o.resource_account;
    if (!apply_input_files(so, targets[i], streams.err)) return false;
  }
  BucketDiff d;
  const std::string arn = o.bucket_name                    ? "arn:aws:s3:::" + *o.bucket_name
                          : !targets[1].bucket_arn.empty() ? targets[1].bucket_arn
                                                           : targets[0].bucket_arn;
  if (arn.empty()) throw SimulateUsageError{"the policies name no bucket ARN: name the bucket with --bucket-name"};
  d.name = arn.substr(std::string_view("arn:aws:s3:::").size());
  d.status = "changed";
  d.lines_before = targets[0].lines;
  d.lines_after = targets[1].lines;
  d.access =
      verify::diff_access({targets[0].config, {}}, {targets[1].config, {}}, arn,
                          {.timeout = std::chrono::milliseconds(static_cast<int64_t>(o.timeout_seconds * 1000))});
  out.push_back(std::move(d));
  return true;
}

void print(const DiffOptions& o, const std::vector<BucketDiff>& diffs, std::ostream& out) {
  switch (o.format) {
    case DiffOptions::Format::Text: print_text(diffs, out); break;
    case DiffOptions::Format::Markdown: print_markdown(diffs, out); break;
    case DiffOptions::Format::Json: out << to_json(diffs).dump(2) << "\n"; break;
  }
}

int exit_code(const DiffOptions& o, const std::vector<BucketDiff>& diffs) {
  bool widens = false, exact = true;
  for (const auto& d : diffs) {
    widens = widens || count(d, true) > 0;
    exact = exact && d.access.incomplete.empty();
  }
  return o.fail_on_widen && (widens || !exact) ? kExitFindings : kExitOk;
}

}  // namespace

int run_diff(const DiffOptions& o, Streams streams) {
  return guarded(streams, [&] {
    if (!validate_diag_options(o.diag, streams.err)) return kExitUsage;
    const auto is_json = [](const std::vector<std::string>& f) { return f.size() == 1 && f[0].ends_with(".json"); };
    if (!o.git_base && is_json(o.old_files) && is_json(o.new_files)) {
      std::vector<BucketDiff> diffs;
      try {
        if (!policy_sides(o, diffs, streams)) return kExitFindings;
      } catch (const SimulateUsageError& e) {
        streams.err << "bslc: error: " << e.message << "\n";
        return kExitUsage;
      }
      print(o, diffs, streams.out);
      return exit_code(o, diffs);
    }
    std::vector<std::string> old_files = o.old_files, new_files = o.new_files;
    fs::path scratch;
    if (o.git_base) {
      if (!old_files.empty() || new_files.empty()) {
        streams.err << "bslc: error: with --git-base, name the spec files once: `bslc diff --git-base REV FILE...`\n";
        return kExitUsage;
      }
      std::string tmpl = (fs::temp_directory_path() / "bslc-diff-XXXXXX").string();
      if (!::mkdtemp(tmpl.data())) {
        streams.err << "bslc: error: cannot create a temporary folder\n";
        return kExitFindings;
      }
      scratch = tmpl;
      std::string error;
      old_files = checkout_at(*o.git_base, new_files, scratch, error);
      if (!error.empty()) {
        std::error_code ec;
        fs::remove_all(scratch, ec);
        streams.err << "bslc: error: " << error << "\n";
        return kExitFindings;
      }
    } else if (old_files.empty() || new_files.empty()) {
      streams.err << "bslc: error: name the old and the new spec: `bslc diff OLD.bsl NEW.bsl`\n";
      return kExitUsage;
    }
    PipelineOptions po{.target_warnings = false, .verify = false};
    Side before{o.git_base ? *o.git_base : old_files.front(), run_pipeline(old_files, po)};
    Side after{new_files.front(), run_pipeline(new_files, po)};
    if (!scratch.empty()) {
      std::error_code ec;
      fs::remove_all(scratch, ec);
    }
    bool errors = false;
    for (Side* s : {&before, &after}) {
      auto diagnostics = filter_diagnostics(std::move(s->result.diagnostics), o.diag);
      if (!has_errors(diagnostics)) continue;
      report_diagnostics(diagnostics, o.diag, streams);
      streams.err << s->label << ": not compared: the spec has errors\n";
      errors = true;
    }
    if (errors) return kExitFindings;
    auto diffs = diff_sides(before, after, std::chrono::milliseconds(static_cast<int64_t>(o.timeout_seconds * 1000)));
    // The old side's spec lines name REV:path, not the temporary folder it was read into.
    if (!scratch.empty()) {
      const std::string prefix = scratch.string() + "/";
      for (auto& d : diffs)
        for (auto& [sid, where] : d.lines_before)
          if (where.starts_with(prefix)) where = *o.git_base + ":" + where.substr(prefix.size());
    }
    print(o, diffs, streams.out);
    return exit_code(o, diffs);
  });
}

}  // namespace bslc::driver
