#include "sema/loader.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>

#include "sema/analyze.h"
#include "stdlib/embedded.h"

namespace bslc::sema {
namespace fs = std::filesystem;

namespace {

bool contains(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

std::string canonical_key(const fs::path& p) {
  std::error_code ec;
  fs::path c = fs::weakly_canonical(p, ec);
  return (ec ? p.lexically_normal() : c).string();
}

// "./common.bsl" or "../x/y.bsl" or "a.bsl" with a slash or .bsl suffix is a
// path; a bare word such as "hipaa" names a stdlib profile file.
bool is_stdlib_name(const std::string& s) {
  return !s.empty() && s.find('/') == std::string::npos && s.find('.') == std::string::npos;
}

std::string stdlib_names() {
  std::string out;
  for (const auto& e : stdlib::entries()) {
    if (!out.empty()) out += ", ";
    out += fmt::format("`{}`", e.name);
  }
  return out;
}

}  // namespace

SourcePtr load_file(const std::string& path, const std::string& display_name, diag::DiagnosticSink& sink,
                    const Location& requested_at) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    sink.report(diag::Code::E0113, requested_at, fmt::format("`{}` is a directory, not a BSL file", display_name),
                "pass the path of a .bsl file");
    return nullptr;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    sink.report(diag::Code::E0113, requested_at, fmt::format("cannot read `{}`", display_name),
                "check that the file exists and is readable");
    return nullptr;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  return std::make_shared<const Source>(display_name, buf.str());
}

void Loader::add_root(const SourcePtr& source, const std::string& key, const std::string& dir) {
  visit(source, key, dir, false);
}

void Loader::add_root_path(const std::string& path) {
  const std::string key = canonical_key(path);
  if (contains(done_, key)) return;  // the same root given twice
  SourcePtr src = load_file(path, path, sink_);
  if (!src) return;
  visit(src, key, fs::path(path).parent_path().string(), false);
}

void Loader::visit(const SourcePtr& source, const std::string& key, const std::string& dir, bool is_stdlib) {
  stack_.push_back(key);
  ast::File file = syntax::parse(source, sink_, limits_);
  for (const auto& import : file.imports) follow_import(import, source, dir);
  stack_.pop_back();
  done_.push_back(key);
  files_.push_back(LoadedFile{std::move(file), key, is_stdlib});
}

namespace {

// The embedded stdlib is the same for every compilation in a process: each
// file is parsed once and its tree copied into later compilations (`check`
// of many files, `-j`). Only clean parses are kept (the stdlib has no
// findings; were one to appear, every compilation would report it).
std::shared_ptr<const ast::File> parsed_stdlib(const std::string& key, std::string_view text,
                                               const syntax::ParseLimits& limits, diag::DiagnosticSink& sink) {
  static std::mutex guard;
  static std::map<std::string, std::shared_ptr<const ast::File>> cache;
  {
    const std::lock_guard<std::mutex> lock(guard);
    if (auto it = cache.find(key); it != cache.end()) return it->second;
  }
  diag::DiagnosticSink own;
  auto file = std::make_shared<const ast::File>(
      syntax::parse(std::make_shared<const Source>(key, std::string(text)), own, limits));
  const bool clean = own.all().empty();
  sink.append(own.take());
  if (clean) {
    const std::lock_guard<std::mutex> lock(guard);
    cache.emplace(key, file);
  }
  return file;
}

}  // namespace

void Loader::visit_stdlib(const std::string& key, std::string_view text) {
  const std::shared_ptr<const ast::File> parsed = parsed_stdlib(key, text, limits_, sink_);
  stack_.push_back(key);
  for (const auto& import : parsed->imports) follow_import(import, parsed->source, "");
  stack_.pop_back();
  done_.push_back(key);
  files_.push_back(LoadedFile{*parsed, key, true});
}

void Loader::report_cycle(const ast::Import& import, const SourcePtr& from, const std::string& key) {
  std::string chain;
  for (auto it = std::find(stack_.begin(), stack_.end(), key); it != stack_.end(); ++it)
    chain += fs::path(*it).filename().string() + " -> ";
  chain += fs::path(key).filename().string();
  sink_
      .report(diag::Code::E0203, Location{from, import.span},
              fmt::format("importing `{}` creates an import cycle", import.path.value),
              "move the shared declarations into a third file that both import")
      .note({}, "import chain: " + chain);
}

void Loader::follow_import(const ast::Import& import, const SourcePtr& from, const std::string& dir) {
  const std::string& spec = import.path.value;
  const Location path_loc{from, import.path.span};

  if (is_stdlib_name(spec)) {
    const std::string key = "<stdlib>/" + spec + ".bsl";
    if (contains(stack_, key)) return report_cycle(import, from, key);
    if (contains(done_, key)) return;
    const auto& entries = stdlib::entries();
    auto it = std::find_if(entries.begin(), entries.end(), [&](const stdlib::Entry& e) { return e.name == spec; });
    if (it == entries.end()) {
      sink_.report(diag::Code::E0204, path_loc, fmt::format("there is no stdlib profile file named `{}`", spec),
                   fmt::format("use one of {}, or a relative path such as `\"./{}.bsl\"`", stdlib_names(), spec));
      return;
    }
    visit_stdlib(key, it->text);
    return;
  }

  const fs::path target = fs::path(dir.empty() ? "." : dir) / spec;
  const std::string key = canonical_key(target);
  if (contains(stack_, key)) return report_cycle(import, from, key);
  if (contains(done_, key)) return;
  std::error_code ec;
  if (!fs::is_regular_file(target, ec)) {
    sink_.report(diag::Code::E0204, path_loc, fmt::format("cannot find the imported file `{}`", spec),
                 fmt::format("paths are relative to the importing file's folder; looked for `{}`",
                             target.lexically_normal().string()));
    return;
  }
  // Imported files are displayed relative to the importing file's display name.
  const fs::path shown = (fs::path(from->name()).parent_path() / spec).lexically_normal();
  SourcePtr child = load_file(target.string(), shown.string(), sink_, path_loc);
  if (child) visit(child, key, target.parent_path().string(), false);
}

}  // namespace bslc::sema
