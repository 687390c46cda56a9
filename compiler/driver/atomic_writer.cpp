#include "driver/atomic_writer.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>
#include <system_error>

#include "driver/sha256.h"

namespace bslc::driver {
namespace fs = std::filesystem;
namespace {

std::optional<std::string> read_whole(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Writes bytes to a fresh file and flushes it to disk, so the rename that
// follows publishes complete contents even after a crash.
bool write_fresh(const fs::path& p, const std::string& bytes, std::string& error) {
  const int fd = ::open(p.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) {
    error = std::strerror(errno);
    return false;
  }
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      error = std::strerror(errno);
      ::close(fd);
      return false;
    }
    done += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    error = std::strerror(errno);
    return false;
  }
  return true;
}

std::string shown(const fs::path& dir, const std::string& rel) { return (dir / rel).generic_string(); }

struct Pending {
  std::string rel;
  fs::path target;
  fs::path temp;
};

}  // namespace

WriteOutcome write_tree(const fs::path& dir, const FileTree& files,
                        const std::map<std::string, std::string>& previous) {
  WriteOutcome result;
  auto fail = [&](std::string message) {
    result.ok = false;
    result.error = std::move(message);
    result.written.clear();
    return result;
  };

  std::error_code ec;
  if (fs::exists(dir, ec) && !fs::is_directory(dir, ec))
    return fail("`" + dir.generic_string() + "` exists and is not a directory");

  // 1. Plan: folders to create, files to (re)write; refuse conflicts before writing anything.
  std::vector<fs::path> dirs_to_create;
  std::vector<Pending> pending;
  auto plan_dir = [&](const fs::path& d) -> std::string {
    if (fs::is_directory(d, ec)) return {};
    if (fs::exists(d, ec)) return "`" + d.generic_string() + "` exists and is not a directory";
    for (const auto& p : dirs_to_create)
      if (p == d) return {};
    dirs_to_create.push_back(d);
    return {};
  };
  // The output folder and any missing parents of it, outermost first.
  std::vector<fs::path> chain;
  for (fs::path p = dir; !p.empty() && !fs::exists(p, ec); p = p.parent_path()) {
    chain.insert(chain.begin(), p);
    if (p == p.parent_path()) break;
  }
  if (chain.empty()) chain.push_back(dir);
  for (const auto& p : chain)
    if (auto err = plan_dir(p); !err.empty()) return fail(err);
  for (const auto& [rel, bytes] : files) {
    if (!is_safe_relative_path(rel)) return fail("refusing to write outside the output folder: `" + rel + "`");
    fs::path target = dir / fs::path(rel);
    // Every folder between dir and the file, outermost first.
    fs::path walk = dir;
    const fs::path rel_path(rel);
    for (auto it = rel_path.begin(); it != rel_path.end(); ++it) {
      if (std::next(it) == rel_path.end()) break;
      walk /= *it;
      if (auto err = plan_dir(walk); !err.empty()) return fail(err);
    }
    if (fs::is_directory(target, ec)) return fail("`" + shown(dir, rel) + "` exists and is a directory");
    if (auto current = read_whole(target); current && *current == bytes) {
      result.unchanged.push_back(rel);
      continue;
    }
    fs::path temp =
        target.parent_path() / ("." + target.filename().string() + ".bslc-tmp-" + std::to_string(::getpid()));
    pending.push_back(Pending{rel, std::move(target), std::move(temp)});
  }

  // 2. Create folders and complete temp files; undo everything on the first failure.
  std::vector<fs::path> created_dirs;
  std::vector<fs::path> temps;
  auto undo = [&]() {
    std::error_code ignore;
    for (const auto& t : temps) fs::remove(t, ignore);
    for (auto it = created_dirs.rbegin(); it != created_dirs.rend(); ++it) fs::remove(*it, ignore);
  };
  for (const auto& d : dirs_to_create) {
    if (!fs::create_directory(d, ec) && ec) {
      undo();
      return fail("cannot create `" + d.generic_string() + "`: " + ec.message());
    }
    created_dirs.push_back(d);
  }
  for (const auto& p : pending) {
    std::string error;
    fs::remove(p.temp, ec);  // a leftover from a crashed run with the same pid
    if (!write_fresh(p.temp, files.at(p.rel), error)) {
      temps.push_back(p.temp);
      undo();
      return fail("cannot write `" + shown(dir, p.rel) + "`: " + error);
    }
    temps.push_back(p.temp);
  }

  // 3. Publish. rename(2) replaces the target atomically.
  for (size_t i = 0; i < pending.size(); ++i) {
    fs::rename(pending[i].temp, pending[i].target, ec);
    if (ec) {
      std::error_code ignore;
      for (size_t j = i; j < pending.size(); ++j) fs::remove(pending[j].temp, ignore);
      result.ok = false;
      result.error = "cannot replace `" + shown(dir, pending[i].rel) + "`: " + ec.message();
      return result;
    }
    result.written.push_back(pending[i].rel);
  }

  // 4. Stale outputs of an earlier run: only files bslc wrote and nobody edited since.
  for (const auto& [rel, sha] : previous) {
    if (files.count(rel) || !is_safe_relative_path(rel)) continue;
    const fs::path target = dir / fs::path(rel);
    if (!fs::is_regular_file(target, ec)) continue;
    const auto current = read_whole(target);
    if (!current || sha.empty() || sha256_hex(*current) != sha) {
      result.kept.push_back(rel);
      continue;
    }
    if (!fs::remove(target, ec)) continue;
    result.removed.push_back(rel);
    // Drop folders this left empty, up to (not including) dir.
    for (fs::path parent = target.parent_path(); parent != dir && parent.has_relative_path();
         parent = parent.parent_path()) {
      if (!fs::is_empty(parent, ec) || ec || !fs::remove(parent, ec)) break;
    }
  }
  return result;
}

}  // namespace bslc::driver
