// write_tree: whole-folder all-or-nothing writes (with a failure injected
// at each step: staging, sync, commit, a rename half-way, undo), recovery of
// interrupted runs, unchanged files untouched, stale files removed only when
// bslc produced them and nobody edited them since.
#include "driver/atomic_writer.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <map>

#include "driver/sha256.h"
#include "unit/driver/temp_dir.h"

namespace bslc::driver {
namespace {

namespace fs = std::filesystem;
using testing::read_file;
using testing::TempDir;
using testing::write_file;

// Fault injection: the step named here fails with g_fail_errno for the
// path g_fail_path ("" = any path), from its g_fail_after-th occurrence on.
std::string g_fail_step;
std::string g_fail_path;
int g_fail_errno = 0;
int g_fail_after = 0;
int g_seen = 0;
int inject(std::string_view step, const std::string& path) {
  if (step != g_fail_step || (!g_fail_path.empty() && path != g_fail_path)) return 0;
  return g_seen++ >= g_fail_after ? g_fail_errno : 0;
}

class AtomicWriterFaults : public ::testing::Test {
 protected:
  void SetUp() override { reset(); }
  void TearDown() override { reset(); }
  static void reset() {
    g_fail_step.clear();
    g_fail_path.clear();
    g_fail_errno = 0;
    g_fail_after = 0;
    g_seen = 0;
  }
};

// chattr +i / -i: the one way to make a folder read-only for root.
bool set_immutable(const fs::path& p, bool on) {
  const int fd = ::open(p.c_str(), O_RDONLY | O_DIRECTORY);
  if (fd < 0) return false;
  int flags = 0;
  bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
  flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
  ok = ok && ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
  ::close(fd);
  return ok;
}

std::vector<std::string> listing(const fs::path& dir) {
  std::vector<std::string> out;
  if (!fs::exists(dir)) return out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    out.push_back(fs::relative(e.path(), dir).generic_string() + (e.is_directory() ? "/" : ""));
  std::sort(out.begin(), out.end());
  return out;
}

TEST(AtomicWriter, CreatesFolderAndFiles) {
  TempDir tmp;
  const fs::path out = tmp.path() / "out";
  const auto r = write_tree(out, {{"a/b/c.json", "c"}, {"top.json", "t"}}, {});
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(listing(out), (std::vector<std::string>{"a/", "a/b/", "a/b/c.json", "top.json"}));
  EXPECT_EQ(read_file(out / "a/b/c.json"), "c");
  EXPECT_EQ(r.written.size(), 2u);
}

TEST_F(AtomicWriterFaults, CreatesMissingParentsAndRemovesThemOnFailure) {
  TempDir tmp;
  const auto ok = write_tree(tmp.path() / "a/b/out", {{"f.json", "f"}}, {});
  ASSERT_TRUE(ok.ok) << ok.error;
  EXPECT_EQ(read_file(tmp.path() / "a/b/out/f.json"), "f");

  // The second file cannot be staged after the folders were made: the whole new chain goes again.
  g_fail_step = "stage";
  g_fail_path = "sub/x.json";
  g_fail_errno = ENOSPC;
  const auto r = write_tree(tmp.path() / "g/h", {{"a.json", "a"}, {"sub/x.json", "x"}}, {}, inject);
  EXPECT_FALSE(r.ok);
  EXPECT_TRUE(r.untouched);
  EXPECT_FALSE(fs::exists(tmp.path() / "g"));
}

TEST(AtomicWriter, LeavesUnchangedFilesAlone) {
  TempDir tmp;
  const fs::path out = tmp.path();
  write_file(out / "same.json", "s");
  const auto before = fs::last_write_time(out / "same.json");
  const auto r = write_tree(out, {{"same.json", "s"}, {"new.json", "n"}}, {});
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.unchanged, std::vector<std::string>{"same.json"});
  EXPECT_EQ(r.written, std::vector<std::string>{"new.json"});
  EXPECT_EQ(fs::last_write_time(out / "same.json"), before);
}

TEST(AtomicWriter, ReplacesChangedFilesAndLeavesNoTempFiles) {
  TempDir tmp;
  write_file(tmp.path() / "x/f.json", "old");
  const auto r = write_tree(tmp.path(), {{"x/f.json", "new"}}, {});
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(read_file(tmp.path() / "x/f.json"), "new");
  EXPECT_EQ(listing(tmp.path()), (std::vector<std::string>{"x/", "x/f.json"}));
}

TEST(AtomicWriter, RemovesStaleFilesItProducedAndTheirEmptyFolders) {
  TempDir tmp;
  write_file(tmp.path() / "old/iam/gone.json", "g");
  write_file(tmp.path() / "keep/user-notes.txt", "mine");
  const auto r = write_tree(tmp.path(), {{"keep/new.json", "n"}},
                            {{"old/iam/gone.json", sha256_hex("g")}, {"keep/new.json", "whatever"}});
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.removed, std::vector<std::string>{"old/iam/gone.json"});
  EXPECT_EQ(listing(tmp.path()), (std::vector<std::string>{"keep/", "keep/new.json", "keep/user-notes.txt"}));
}

TEST(AtomicWriter, KeepsStaleFilesThatWereEditedSince) {
  TempDir tmp;
  write_file(tmp.path() / "old.json", "edited by hand");
  const auto r = write_tree(tmp.path(), {{"new.json", "n"}}, {{"old.json", sha256_hex("as bslc wrote it")}});
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.kept, std::vector<std::string>{"old.json"});
  EXPECT_EQ(read_file(tmp.path() / "old.json"), "edited by hand");
}

TEST(AtomicWriter, NeverTouchesFilesItDidNotProduce) {
  TempDir tmp;
  write_file(tmp.path() / "README.md", "user file");
  const auto r = write_tree(tmp.path(), {{"a.json", "a"}}, {});
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(read_file(tmp.path() / "README.md"), "user file");
}

TEST(AtomicWriter, RefusesAFileWhereAFolderMustGoAndChangesNothing) {
  TempDir tmp;
  write_file(tmp.path() / "a.json", "old a");
  write_file(tmp.path() / "blocker", "a file, not a folder");
  const auto r = write_tree(tmp.path(), {{"a.json", "new a"}, {"blocker/x.json", "x"}, {"z/new.json", "z"}}, {});
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.error.find("blocker"), std::string::npos);
  EXPECT_EQ(read_file(tmp.path() / "a.json"), "old a");
  EXPECT_EQ(listing(tmp.path()), (std::vector<std::string>{"a.json", "blocker"}));
}

TEST(AtomicWriter, RefusesAFolderWhereAFileMustGo) {
  TempDir tmp;
  fs::create_directories(tmp.path() / "a.json");
  const auto r = write_tree(tmp.path(), {{"a.json", "a"}}, {});
  EXPECT_FALSE(r.ok);
}

TEST(AtomicWriter, RefusesWhenTheOutputIsAFile) {
  TempDir tmp;
  write_file(tmp.path() / "out", "x");
  const auto r = write_tree(tmp.path() / "out", {{"a.json", "a"}}, {});
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(read_file(tmp.path() / "out"), "x");
}

TEST(AtomicWriter, RefusesPathsOutsideTheFolder) {
  TempDir tmp;
  const auto r = write_tree(tmp.path() / "out", {{"../escape.json", "x"}}, {});
  EXPECT_FALSE(r.ok);
  EXPECT_FALSE(fs::exists(tmp.path() / "escape.json"));
  EXPECT_FALSE(fs::exists(tmp.path() / "out"));
}

// Every file under dir with its bytes; hidden staging or temp files count too.
std::map<std::string, std::string> snapshot(const fs::path& dir) {
  std::map<std::string, std::string> out;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) out[fs::relative(e.path(), dir).generic_string()] = read_file(e.path());
  return out;
}

const FileTree kOld = {{"a.json", "old a"}, {"gone/g.json", "g"}, {"same.json", "s"}};
const FileTree kNew = {{"a.json", "new a"}, {"m/x.json", "x"}, {"n/new.json", "n"}, {"same.json", "s"}};

std::map<std::string, std::string> manifest_of(const FileTree& t) {
  std::map<std::string, std::string> out;
  for (const auto& [rel, bytes] : t) out[rel] = sha256_hex(bytes);
  return out;
}

// A folder holding kOld exactly as a previous run wrote it.
void write_old(const fs::path& dir) {
  const auto r = write_tree(dir, kOld, {});
  ASSERT_TRUE(r.ok) << r.error;
}

TEST_F(AtomicWriterFaults, AStagingFailureChangesNothing) {
  for (const char* step : {"stage", "sync", "commit"}) {
    TempDir tmp;
    write_old(tmp.path());
    reset();
    g_fail_step = step;
    g_fail_errno = ENOSPC;
    const auto r = write_tree(tmp.path(), kNew, manifest_of(kOld), inject);
    EXPECT_FALSE(r.ok) << step;
    EXPECT_TRUE(r.untouched) << step;
    EXPECT_NE(r.error.find(std::strerror(ENOSPC)), std::string::npos) << r.error;
    EXPECT_EQ(snapshot(tmp.path()), kOld) << step;
  }
}

// A rename that fails half-way through publishing: the steps already done
// are undone, so the folder holds the old set and "nothing written" is true.
TEST_F(AtomicWriterFaults, APublishFailureHalfWayIsUndone) {
  for (int after = 0; after < 5; ++after) {
    TempDir tmp;
    write_old(tmp.path());
    reset();
    g_fail_step = "publish";
    g_fail_errno = EACCES;
    g_fail_after = after;
    const auto r = write_tree(tmp.path(), kNew, manifest_of(kOld), inject);
    EXPECT_FALSE(r.ok) << after;
    EXPECT_TRUE(r.untouched) << after << ": " << r.error;
    EXPECT_EQ(snapshot(tmp.path()), kOld) << after;
    EXPECT_EQ(listing(tmp.path()), (std::vector<std::string>{"a.json", "gone/", "gone/g.json", "same.json"}));
  }
}

// When undoing fails too (the process could as well have been killed), the
// journal stays and the next run finishes the new set.
TEST_F(AtomicWriterFaults, AnUnfinishedPublishIsFinishedByTheNextRun) {
  // Publishing makes 7 changes (2 folders, a link and a rename for a.json, 2
  // renames, 1 removal); from the 4th on something was done that must be undone.
  for (int after = 4; after < 7; ++after) {
    TempDir tmp;
    write_old(tmp.path());
    reset();
    g_fail_step = "publish";
    g_fail_errno = EIO;
    g_fail_after = after;
    const auto first = write_tree(tmp.path(), kNew, manifest_of(kOld), [](std::string_view step, const std::string& p) {
      return step == "undo" ? EIO : inject(step, p);
    });
    EXPECT_FALSE(first.ok);
    EXPECT_FALSE(first.untouched) << first.error;
    EXPECT_TRUE(fs::exists(tmp.path() / ".bslc-staging/journal"));
    reset();
    const Recovery rec = recover_interrupted(tmp.path());
    EXPECT_EQ(rec.action, Recovery::Action::Finished) << rec.error;
    EXPECT_EQ(snapshot(tmp.path()), kNew) << after;
  }
}

// If a step can no longer be replayed, the next run undoes the whole run instead.
TEST_F(AtomicWriterFaults, AnUnfinishablePublishIsRolledBack) {
  TempDir tmp;
  write_old(tmp.path());
  g_fail_step = "publish";
  g_fail_errno = EIO;
  g_fail_after = 5;
  const auto first = write_tree(tmp.path(), kNew, manifest_of(kOld), [](std::string_view step, const std::string& p) {
    return step == "undo" ? EIO : inject(step, p);
  });
  ASSERT_FALSE(first.untouched);
  g_seen = 0;  // the next step fails again
  g_fail_after = 0;
  const Recovery rec = recover_interrupted(tmp.path(), inject);
  EXPECT_EQ(rec.action, Recovery::Action::RolledBack) << rec.error;
  EXPECT_EQ(snapshot(tmp.path()), kOld);
}

TEST_F(AtomicWriterFaults, LeftoversOfRunsThatDiedBeforeCommittingAreRemoved) {
  TempDir tmp;
  write_old(tmp.path());
  write_file(tmp.path() / ".bslc-staging/0", "half a file");
  write_file(tmp.path() / "gone/.g.json.bslc-tmp-4242", "an old writer's temp file");
  write_file(tmp.path() / ".a.json.bslc-tmp-17", "another");
  const auto r = write_tree(tmp.path(), kNew, manifest_of(kOld));
  ASSERT_TRUE(r.ok) << r.error;
  EXPECT_EQ(snapshot(tmp.path()), kNew);
}

TEST_F(AtomicWriterFaults, AReadOnlyFolderIsAnErrorAndUntouched) {
  TempDir tmp;
  write_old(tmp.path());
  // root ignores permission bits; the immutable attribute stops root too.
  const bool immutable = ::geteuid() == 0 && set_immutable(tmp.path(), true);
  if (!immutable)
    fs::permissions(tmp.path(), fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write,
                    fs::perm_options::remove);
  const auto r = write_tree(tmp.path(), kNew, manifest_of(kOld));
  if (immutable) set_immutable(tmp.path(), false);
  fs::permissions(tmp.path(), fs::perms::owner_all, fs::perm_options::add);
  if (::geteuid() == 0 && !immutable) GTEST_SKIP() << "cannot make a folder read-only for root here";
  EXPECT_FALSE(r.ok);
  EXPECT_TRUE(r.untouched);
  EXPECT_EQ(snapshot(tmp.path()), kOld);
}

TEST_F(AtomicWriterFaults, AFileReplacedByAFolderIsRefusedBeforeAnyChange) {
  TempDir tmp;
  write_old(tmp.path());
  fs::remove(tmp.path() / "a.json");
  write_file(tmp.path() / "a.json/inner", "someone's folder");
  const auto r = write_tree(tmp.path(), kNew, manifest_of(kOld));
  EXPECT_FALSE(r.ok);
  EXPECT_TRUE(r.untouched);
  EXPECT_NE(r.error.find("a.json"), std::string::npos);
  EXPECT_EQ(read_file(tmp.path() / "a.json/inner"), "someone's folder");
  EXPECT_FALSE(fs::exists(tmp.path() / "m"));
  EXPECT_FALSE(fs::exists(tmp.path() / ".bslc-staging"));
}

TEST(OutputJournal, RoundTripsAndRejectsIncompleteText) {
  const std::vector<JournalStep> steps = {{JournalStep::Kind::Mkdir, "d", 0},
                                          {JournalStep::Kind::Replace, "d/a\nb.json", 3},
                                          {JournalStep::Kind::Remove, "old.json", 4}};
  const std::string text = journal_text(steps);
  const auto back = read_journal(text);
  ASSERT_TRUE(back);
  ASSERT_EQ(back->size(), 3u);
  EXPECT_EQ((*back)[1].path, "d/a\nb.json");
  EXPECT_EQ((*back)[1].kind, JournalStep::Kind::Replace);
  EXPECT_EQ((*back)[2].slot, 4u);
  EXPECT_FALSE(read_journal(text.substr(0, text.size() / 2)));
}

}  // namespace
}  // namespace bslc::driver
