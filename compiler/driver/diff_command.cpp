// bslc diff OLD NEW: what access a change adds or removes, per bucket,
// proved by the verifier's encoding of both sides over one request space
// (verify/diff.h), each example replayed by the simulator on both sides; and
// what settings changed. A side is a spec, a folder of specs, a compiled
// output folder (its <bucket>/simulation.json, simulation_record.h) or, for
// both sides together, two bucket policy files; --git-base REV compares
// FILE... at REV (read with `git show`, no checkout) with the working tree.
#include <fmt/format.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>

#include "driver/bucket_config.h"
#include "driver/bucket_summary.h"
#include "driver/commands.h"
#include "driver/diag_options.h"
#include "driver/diff_report.h"
#include "driver/exit_codes.h"
#include "driver/guard.h"
#include "driver/manifest.h"
#include "driver/pipeline.h"
#include "driver/sim_support.h"
#include "driver/simulate_target.h"
#include "driver/simulation_record.h"
#include "verify/diff.h"

namespace bslc::driver {
namespace {

namespace fs = std::filesystem;

// One bucket of one side, ready to diff.
struct SideBucket {
  std::string name, arn, declared_at;
  verify::DiffSide side;
  SidLines lines;  // Sid -> "file:line" of the spec that wrote it
  BucketSummary summary;
};

struct Side {
  std::string label;  // what the user named: files, a folder, or REV
  std::vector<SideBucket> buckets;
  const SideBucket* find(const std::string& name) const {
    for (const auto& b : buckets)
      if (b.name == name) return &b;
    return nullptr;
  }
};

// Adds a bucket; the same declaration reached twice (a spec and a spec it imports) counts once.
bool add_bucket(Side& side, SideBucket bucket, std::ostream& err) {
  if (const SideBucket* seen = side.find(bucket.name)) {
    if (seen->declared_at == bucket.declared_at) return true;
    err << "bslc: error: " << side.label << ": bucket `" << bucket.name << "` is declared twice (" << seen->declared_at
        << " and " << bucket.declared_at << ")\n";
    return false;
  }
  side.buckets.push_back(std::move(bucket));
  return true;
}

// Each spec compiled on its own, as `bslc compile` of that spec would (specs
// of one repository may each define the same constant names).
bool load_specs(const std::vector<std::string>& files, const DiffOptions& o, Side& side, Streams streams) {
  bool ok = true;
  for (const auto& file : files) {
    PipelineResult result = run_pipeline({file}, PipelineOptions{.target_warnings = false, .verify = false});
    auto diagnostics = filter_diagnostics(std::move(result.diagnostics), o.diag);
    if (has_errors(diagnostics) || !result.documents) {
      report_diagnostics(diagnostics, o.diag, streams);
      streams.err << file << ": not compared: the spec has errors\n";
      ok = false;
      continue;
    }
    for (const auto& b : result.analysis.model.buckets) {
      for (const auto& docs : result.documents->buckets) {
        if (docs.bucket_id != b.id) continue;
        SimulatedBucket simulated = simulated_bucket(b, docs);
        SideBucket sb;
        sb.name = b.name;
        sb.arn = b.arn();
        sb.declared_at = sid_lines({{"", b.loc}})[""];
        sb.side = {std::move(simulated.config), std::move(simulated.attached_by_account)};
        sb.lines = sid_lines(simulated.sources);
        sb.summary = bucket_summary(b, docs);
        ok = add_bucket(side, std::move(sb), streams.err) && ok;
      }
    }
  }
  return ok;
}

// A folder `bslc compile` wrote: each bucket folder's simulation.json and documents.
bool load_compiled(const fs::path& folder, Side& side, std::ostream& err) {
  std::vector<fs::path> buckets;
  for (const auto& entry : fs::directory_iterator(folder))
    if (entry.is_directory() && fs::exists(entry.path() / kSimulationRecordName)) buckets.push_back(entry.path());
  std::sort(buckets.begin(), buckets.end());
  bool ok = true;
  for (const auto& b : buckets) {
    auto read = read_compiled_bucket(b, err);
    if (!read) {
      ok = false;
      continue;
    }
    SideBucket sb;
    sb.name = read->name;
    sb.arn = read->arn;
    sb.declared_at = read->declared_at;
    sb.side = {std::move(read->config), std::move(read->attached_by_account)};
    sb.lines = std::move(read->lines);
    sb.summary = std::move(read->summary);
    ok = add_bucket(side, std::move(sb), err) && ok;
  }
  if (buckets.empty() && ok) {
    err << "bslc: error: " << folder.string() << ": no bucket folder with a " << kSimulationRecordName
        << " (compile it again with this bslc)\n";
    ok = false;
  }
  return ok;
}

// A side as the user named it: spec files, a folder of specs, or a compiled folder.
bool load_side(const std::vector<std::string>& paths, const DiffOptions& o, Side& side, Streams streams) {
  if (paths.size() == 1 && fs::is_directory(paths.front())) {
    const fs::path folder = paths.front();
    if (fs::exists(folder / kManifestName)) return load_compiled(folder, side, streams.err);
    std::vector<std::string> specs;
    for (const auto& entry : fs::recursive_directory_iterator(folder))
      if (entry.is_regular_file() && entry.path().extension() == ".bsl") specs.push_back(entry.path().string());
    std::sort(specs.begin(), specs.end());
    if (specs.empty()) {
      streams.err << "bslc: error: " << folder.string() << ": no .bsl spec and no compiled output (manifest.json)\n";
      return false;
    }
    return load_specs(specs, o, side, streams);
  }
  return load_specs(paths, o, side, streams);
}

std::vector<BucketDiff> diff_sides(const Side& before, const Side& after, std::chrono::milliseconds timeout) {
  std::vector<std::string> names;
  for (const auto* s : {&before, &after})
    for (const auto& b : s->buckets)
      if (std::find(names.begin(), names.end(), b.name) == names.end()) names.push_back(b.name);
  std::vector<BucketDiff> out;
  for (const auto& name : names) {
    const SideBucket* old_b = before.find(name);
    const SideBucket* new_b = after.find(name);
    const SideBucket& any = new_b ? *new_b : *old_b;
    BucketDiff d;
    d.name = name;
    d.status = !old_b ? "added" : !new_b ? "removed" : "changed";
    d.declared_at = any.declared_at;
    // A bucket on one side only is compared with a bucket that allows nothing.
    verify::DiffSide empty;
    empty.config.resource_account = any.side.config.resource_account;
    if (old_b) d.lines_before = old_b->lines;
    if (new_b) d.lines_after = new_b->lines;
    d.access =
        verify::diff_access(old_b ? old_b->side : empty, new_b ? new_b->side : empty, any.arn, {.timeout = timeout});
    if (old_b && new_b) {
      for (const auto& [setting, now] : new_b->summary) {
        std::string was = "unknown";
        for (const auto& [n, v] : old_b->summary)
          if (n == setting) was = v;
        if (was != now) d.settings.push_back({setting, was, now});
      }
    }
    out.push_back(std::move(d));
  }
  return out;
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
    case DiffOptions::Format::Text: print_diff_text(diffs, out); break;
    case DiffOptions::Format::Markdown: print_diff_markdown(diffs, out); break;
    case DiffOptions::Format::Json: print_diff_json(diffs, out); break;
    case DiffOptions::Format::Sarif: print_diff_sarif(diffs, out); break;
  }
}

int exit_code(const DiffOptions& o, const std::vector<BucketDiff>& diffs) {
  return o.fail_on_widen && (widens(diffs) || !exact(diffs)) ? kExitFindings : kExitOk;
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
      streams.err << "bslc: error: name the old and the new side: `bslc diff OLD NEW`\n";
      return kExitUsage;
    }
    for (const auto& f : o.git_base ? new_files : std::vector<std::string>{old_files.front(), new_files.front()}) {
      if (!fs::exists(f)) {
        streams.err << "bslc: error: `" << f << "` does not exist\n";
        return kExitUsage;
      }
    }
    Side before{o.git_base ? *o.git_base : old_files.front(), {}};
    Side after{new_files.front(), {}};
    const bool loaded_before = load_side(old_files, o, before, streams);
    const bool loaded_after = load_side(new_files, o, after, streams);
    if (!scratch.empty()) {
      std::error_code ec;
      fs::remove_all(scratch, ec);
    }
    if (!loaded_before || !loaded_after) return kExitFindings;
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
