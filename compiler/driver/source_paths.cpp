#include "driver/source_paths.h"

#include <system_error>

namespace bslc::driver {
namespace fs = std::filesystem;
namespace {

fs::path absolute_lexical(const fs::path& p) {
  std::error_code ec;
  fs::path abs = p.is_absolute() ? p : fs::current_path(ec) / p;
  return abs.lexically_normal();
}

}  // namespace

std::string relative_source_name(const std::string& source_name, const fs::path& base_dir) {
  if (source_name.empty() || source_name.front() == '<') return source_name;  // "<stdlib>/hipaa.bsl"
  const fs::path file = absolute_lexical(source_name);
  fs::path base = absolute_lexical(base_dir.empty() ? fs::path(".") : base_dir);
  if (!base.has_filename()) base = base.parent_path();  // "dir/" -> "dir"
  fs::path rel = file.lexically_relative(base);
  if (rel.empty()) rel = file.filename();  // different roots (cannot happen on POSIX); never absolute
  return rel.generic_string();
}

std::string trace_location(const Location& loc, const fs::path& base_dir) {
  if (!loc.valid()) return {};
  const LineCol lc = loc.source->line_col(loc.span.begin);
  // Every statement of a compile asks, nearly always about the same file:
  // remember the last answer (the working folder does not change in a run).
  thread_local std::string last_name, last_base, last_relative;
  if (loc.source->name() != last_name || base_dir.native() != last_base) {
    last_relative = relative_source_name(loc.source->name(), base_dir);
    last_name = loc.source->name();
    last_base = base_dir.native();
  }
  return last_relative + ":" + std::to_string(lc.line);
}

}  // namespace bslc::driver
