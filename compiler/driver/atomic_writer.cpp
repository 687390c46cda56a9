#include "driver/atomic_writer.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "driver/manifest.h"
#include "driver/sha256.h"

namespace bslc::driver {
namespace fs = std::filesystem;
namespace {

std::optional<std::string> read_whole(const std::string& p) {
  const int fd = ::open(p.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return std::nullopt;
  std::string out;
  char buf[65536];
  for (;;) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    out.append(buf, static_cast<size_t>(n));
  }
  ::close(fd);
  return out;
}

int write_all(const std::string& p, const std::string& bytes, bool durable) {
  const int fd = ::open(p.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
  if (fd < 0) return errno;
  size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      const int err = errno;
      ::close(fd);
      return err;
    }
    done += static_cast<size_t>(n);
  }
  if (durable && ::fsync(fd) != 0) {
    const int err = errno;
    ::close(fd);
    return err;
  }
  return ::close(fd) == 0 ? 0 : errno;
}

// Holds an exclusive lock on a folder for the lifetime of the object, so
// that two runs writing into one folder take turns.
class FolderLock {
 public:
  explicit FolderLock(const fs::path& dir) : fd_(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)) {
    if (fd_ >= 0) ::flock(fd_, LOCK_EX);
  }
  ~FolderLock() {
    if (fd_ >= 0) ::close(fd_);  // releases the lock
  }
  FolderLock(const FolderLock&) = delete;
  FolderLock& operator=(const FolderLock&) = delete;
  int fd() const { return fd_; }

 private:
  int fd_;
};

// One sync of the whole filesystem that holds `fd` (cheap compared with an
// fsync per file); since Linux 5.8 it also reports write-back errors.
int sync_filesystem(int fd) { return ::syncfs(fd) == 0 ? 0 : errno; }

int sync_folder(const fs::path& p) {
  const int fd = ::open(p.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return errno;
  const int rc = ::fsync(fd) == 0 ? 0 : errno;
  ::close(fd);
  return rc;
}

Recovery recover_locked(const fs::path& dir, int dir_fd, FaultHook hook) {
  Recovery r;
  const fs::path staging = dir / kStagingName;
  std::error_code ec;
  if (!fs::exists(fs::symlink_status(staging, ec))) return r;
  std::optional<std::vector<JournalStep>> steps;
  if (auto text = read_whole((staging / "journal").string())) steps = read_journal(*text);
  if (!steps) {
    r.action = Recovery::Action::CleanedUp;  // died before committing: DIR was never touched
  } else if (std::string err = replay_journal(dir, *steps, hook); err.empty()) {
    r.action = Recovery::Action::Finished;
  } else if (std::string undo_err = undo_journal(dir, *steps, hook); undo_err.empty()) {
    r.action = Recovery::Action::RolledBack;
  } else {
    r.action = Recovery::Action::Failed;
    r.error = err + "; undoing the run failed too: " + undo_err;
    return r;
  }
  if (dir_fd >= 0) sync_filesystem(dir_fd);
  fs::remove_all(staging, ec);
  return r;
}

// Names the old writer (one hidden temp file beside each target) left behind
// when it was killed: `.<name>.bslc-tmp-<pid>`.
bool is_old_temp_name(const char* name) { return name[0] == '.' && std::strstr(name, ".bslc-tmp-") != nullptr; }

void remove_old_temps(const fs::path& folder) {
  DIR* d = ::opendir(folder.c_str());
  if (!d) return;
  std::vector<std::string> doomed;
  while (const dirent* e = ::readdir(d))
    if (e->d_type == DT_REG && is_old_temp_name(e->d_name)) doomed.emplace_back(e->d_name);
  ::closedir(d);
  for (const auto& name : doomed) ::unlink((folder / name).c_str());
}

enum class Kind { Missing, File, Folder, Other };
Kind kind_of(const std::string& p) {
  struct stat st;
  if (::stat(p.c_str(), &st) != 0) return Kind::Missing;
  if (S_ISDIR(st.st_mode)) return Kind::Folder;
  return S_ISREG(st.st_mode) ? Kind::File : Kind::Other;
}

std::string shown(const fs::path& dir, const std::string& rel) { return (dir / rel).generic_string(); }

struct Plan {
  std::vector<fs::path> chain;        // DIR and its missing parents, outermost first
  std::vector<JournalStep> steps;     // mkdirs, then files (manifest last), then removals
  std::vector<std::string> existing;  // folders that hold outputs and exist already
  std::string error;
};

Plan make_plan(const fs::path& dir, const FileTree& files, const std::map<std::string, std::string>& previous,
               WriteOutcome& result) {
  Plan plan;
  std::error_code ec;
  for (fs::path p = dir; !p.empty() && !fs::exists(p, ec); p = p.parent_path()) {
    plan.chain.insert(plan.chain.begin(), p);
    if (p == p.parent_path()) break;
  }
  for (const auto& p : plan.chain) {
    if (fs::exists(fs::symlink_status(p, ec)))  // a dangling symlink, say
      return plan.error = "`" + p.generic_string() + "` exists and is not a directory", plan;
  }
  const bool fresh = !plan.chain.empty();
  if (!fresh) plan.existing.push_back(".");

  // Each folder is looked at once, however many files it holds.
  std::unordered_map<std::string, bool> folder_is_new;  // relative folder -> must be made
  auto plan_folder = [&](const std::string& rel) -> bool {
    if (folder_is_new.count(rel)) return true;
    const Kind k = fresh ? Kind::Missing : kind_of(shown(dir, rel));
    if (k != Kind::Folder && k != Kind::Missing) {
      plan.error = "`" + shown(dir, rel) + "` exists and is not a directory";
      return false;
    }
    folder_is_new.emplace(rel, k == Kind::Missing);
    if (k == Kind::Missing)
      plan.steps.push_back(JournalStep{JournalStep::Kind::Mkdir, rel, 0});
    else
      plan.existing.push_back(rel);
    return true;
  };

  std::vector<JournalStep> writes;
  size_t slot = 0;
  for (const auto& [rel, bytes] : files) {
    if (!is_safe_relative_path(rel))
      return plan.error = "refusing to write outside the output folder: `" + rel + "`", plan;
    bool parent_is_new = fresh;
    for (size_t slash = rel.find('/'); slash != std::string::npos; slash = rel.find('/', slash + 1)) {
      if (!plan_folder(rel.substr(0, slash))) return plan;
      parent_is_new = folder_is_new[rel.substr(0, slash)];
    }
    Kind k = Kind::Missing;
    if (!parent_is_new) {
      k = kind_of(shown(dir, rel));
      if (k == Kind::Folder) return plan.error = "`" + shown(dir, rel) + "` exists and is a directory", plan;
      if (k == Kind::File) {
        struct stat st;
        if (::stat(shown(dir, rel).c_str(), &st) == 0 && static_cast<size_t>(st.st_size) == bytes.size()) {
          if (auto current = read_whole(shown(dir, rel)); current && *current == bytes) {
            result.unchanged.push_back(rel);
            continue;
          }
        }
      }
    }
    const auto kind = k == Kind::Missing ? JournalStep::Kind::Create : JournalStep::Kind::Replace;
    writes.push_back(JournalStep{kind, rel, slot++});
  }
  // The manifest goes last: whoever sees the new manifest sees every new file.
  std::stable_partition(writes.begin(), writes.end(), [](const JournalStep& s) { return s.path != kManifestName; });
  for (auto& w : writes) plan.steps.push_back(std::move(w));

  // Stale outputs of an earlier run: only files bslc wrote and nobody edited since.
  for (const auto& [rel, sha] : previous) {
    if (files.count(rel) || !is_safe_relative_path(rel) || fresh) continue;
    if (kind_of(shown(dir, rel)) != Kind::File) continue;
    const auto current = read_whole(shown(dir, rel));
    if (!current || sha.empty() || sha256_hex(*current) != sha) {
      result.kept.push_back(rel);
      continue;
    }
    plan.steps.push_back(JournalStep{JournalStep::Kind::Remove, rel, slot++});
  }
  // The old writer's leftovers sit beside the files it wrote.
  for (const auto& [rel, sha] : previous) {
    const size_t slash = rel.rfind('/');
    if (slash != std::string::npos && is_safe_relative_path(rel) && !fresh)
      plan.existing.push_back(rel.substr(0, slash));
  }
  std::sort(plan.existing.begin(), plan.existing.end());
  plan.existing.erase(std::unique(plan.existing.begin(), plan.existing.end()), plan.existing.end());
  return plan;
}

}  // namespace

Recovery recover_interrupted(const fs::path& dir, FaultHook hook) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return {};
  FolderLock lock(dir);
  return recover_locked(dir, lock.fd(), hook);
}

WriteOutcome write_tree(const fs::path& dir, const FileTree& files, const std::map<std::string, std::string>& previous,
                        FaultHook hook) {
  WriteOutcome result;
  auto fail = [&](std::string message, bool untouched = true) {
    result.ok = false;
    result.untouched = untouched;
    result.error = std::move(message);
    result.written.clear();
    return result;
  };

  std::error_code ec;
  if (fs::exists(dir, ec) && !fs::is_directory(dir, ec))
    return fail("`" + dir.generic_string() + "` exists and is not a directory");
  std::optional<FolderLock> lock;
  if (fs::is_directory(dir, ec)) {
    lock.emplace(dir);
    const Recovery r = recover_locked(dir, lock->fd(), hook);
    if (r.action == Recovery::Action::Failed)
      return fail("an interrupted earlier run left `" + dir.generic_string() + "` incomplete: " + r.error, false);
  }

  // 1. Plan; refuse conflicts before writing anything.
  Plan plan = make_plan(dir, files, previous, result);
  if (!plan.error.empty()) return fail(plan.error);
  const bool has_writes = std::any_of(plan.steps.begin(), plan.steps.end(),
                                      [](const JournalStep& s) { return s.kind != JournalStep::Kind::Mkdir; });
  if (!has_writes) {
    for (const auto& folder : plan.existing) remove_old_temps(dir / folder);
    return result;
  }

  // 2. Stage every new file; on the first failure, leave DIR as it was.
  std::vector<fs::path> created;
  const fs::path staging = dir / kStagingName;
  auto undo_stage = [&]() {
    std::error_code ignore;
    fs::remove_all(staging, ignore);
    for (auto it = created.rbegin(); it != created.rend(); ++it) fs::remove(*it, ignore);
  };
  for (const auto& d : plan.chain) {
    if (!fs::create_directory(d, ec) && ec) {
      undo_stage();
      return fail("cannot create `" + d.generic_string() + "`: " + ec.message());
    }
    created.push_back(d);
  }
  if (!lock) lock.emplace(dir);
  if (!fs::create_directory(staging, ec)) {
    undo_stage();
    return fail("cannot create `" + staging.generic_string() + "`: " + (ec ? ec.message() : "it exists"));
  }
  for (const auto& s : plan.steps) {
    if (s.kind != JournalStep::Kind::Create && s.kind != JournalStep::Kind::Replace) continue;
    int err = hook ? hook("stage", s.path) : 0;
    if (err == 0) err = write_all((staging / std::to_string(s.slot)).string(), files.at(s.path), false);
    if (err != 0) {
      undo_stage();
      return fail("cannot write `" + shown(dir, s.path) + "`: " + std::strerror(err));
    }
  }
  int err = hook ? hook("sync", "") : 0;
  if (err == 0) err = sync_filesystem(lock->fd());
  if (err != 0) {
    undo_stage();
    return fail("cannot sync `" + dir.generic_string() + "`: " + std::strerror(err));
  }

  // 3. Commit: from here on the new set wins, even over a crash.
  const fs::path journal_tmp = staging / "journal.tmp";
  err = hook ? hook("commit", "") : 0;
  if (err == 0) err = write_all(journal_tmp.string(), journal_text(plan.steps), true);
  if (err == 0 && ::rename(journal_tmp.c_str(), (staging / "journal").c_str()) != 0) err = errno;
  if (err == 0) err = sync_folder(staging);
  if (err != 0) {
    undo_stage();
    return fail("cannot write the journal in `" + staging.generic_string() + "`: " + std::strerror(err));
  }

  // 4. Publish; on a failure, undo what was done.
  if (std::string error = replay_journal(dir, plan.steps, hook); !error.empty()) {
    if (std::string undo_error = undo_journal(dir, plan.steps, hook); !undo_error.empty())
      return fail(error + "; undoing failed too (" + undo_error + "): the next `bslc compile` into `" +
                      dir.generic_string() + "` finishes the interrupted update",
                  false);
    undo_stage();
    return fail(error);
  }
  sync_filesystem(lock->fd());
  fs::remove_all(staging, ec);

  for (const auto& folder : plan.existing) remove_old_temps(dir / folder);
  for (const auto& s : plan.steps) {
    if (s.kind == JournalStep::Kind::Create || s.kind == JournalStep::Kind::Replace) result.written.push_back(s.path);
    if (s.kind == JournalStep::Kind::Remove) {
      result.removed.push_back(s.path);
      prune_empty_parents(dir, s.path);  // again: an old temp file may have kept a folder
    }
  }
  return result;
}

}  // namespace bslc::driver
