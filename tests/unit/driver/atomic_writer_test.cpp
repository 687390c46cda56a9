// write_tree: all-or-nothing writes, unchanged files untouched, stale files
// removed only when bslc produced them and nobody edited them since.
#include "driver/atomic_writer.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include "driver/sha256.h"
#include "unit/driver/temp_dir.h"

namespace bslc::driver {
namespace {

namespace fs = std::filesystem;
using testing::read_file;
using testing::TempDir;
using testing::write_file;

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

TEST(AtomicWriter, CreatesMissingParentsAndRemovesThemOnFailure) {
  TempDir tmp;
  const auto ok = write_tree(tmp.path() / "a/b/out", {{"f.json", "f"}}, {});
  ASSERT_TRUE(ok.ok) << ok.error;
  EXPECT_EQ(read_file(tmp.path() / "a/b/out/f.json"), "f");

  // A 250-byte name is valid, but its temp name exceeds NAME_MAX: the write
  // fails after the folders were made, and the whole new chain goes again.
  const std::string long_name(250, 'n');
  const auto r = write_tree(tmp.path() / "g/h", {{"a.json", "a"}, {"sub/" + long_name, "x"}}, {});
  EXPECT_FALSE(r.ok);
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

// A write failure half-way must undo the temp files and folders already made
// and leave existing files as they were. The failure is provoked (even as
// root) by a non-empty folder sitting where one temp file must go.
TEST(AtomicWriter, UndoesEverythingWhenAWriteFails) {
  TempDir tmp;
  write_file(tmp.path() / "a.json", "old a");
  const std::string blocker = ".x.json.bslc-tmp-" + std::to_string(::getpid());
  write_file(tmp.path() / "m" / blocker / "inner", "");
  const auto r = write_tree(tmp.path(), {{"a.json", "new a"}, {"m/x.json", "x"}, {"n/new.json", "n"}}, {});
  EXPECT_FALSE(r.ok);
  EXPECT_NE(r.error.find("m/x.json"), std::string::npos) << r.error;
  EXPECT_EQ(read_file(tmp.path() / "a.json"), "old a");
  EXPECT_EQ(listing(tmp.path()),
            (std::vector<std::string>{"a.json", "m/", "m/" + blocker + "/", "m/" + blocker + "/inner"}));
}

}  // namespace
}  // namespace bslc::driver
