// The output folder as a whole, through the real binary: whatever happens
// to a compile (kill -9 at any moment, a full disk), the folder holds the
// old complete set or the new complete set, with matching manifest hashes
// and no temp files, once the next run (or recover_interrupted) has looked
// at it; and output is byte-identical across runs, working folders and
// target formats. Also: check and test give the same output with -j 1 and -j 4.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/mount.h>
#include <sys/wait.h>

#include <chrono>
#include <thread>

#include "driver/atomic_writer.h"
#include "support/org_specs.h"
#include "unit/cli/fixtures.h"
#include "unit/cli/run_bslc.h"

namespace bslc::testing {
namespace {

namespace fs = std::filesystem;
using Snapshot = std::map<std::string, std::string>;

// Starts bslc in `cwd` with output discarded; returns its pid.
pid_t start_bslc(const std::vector<std::string>& args, const fs::path& cwd) {
  std::vector<std::string> storage = {BSLC_BINARY};
  storage.insert(storage.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& a : storage) argv.push_back(a.data());
  argv.push_back(nullptr);
  const pid_t pid = ::fork();
  if (pid == 0) {
    if (::chdir(cwd.c_str()) != 0) ::_exit(125);
    const int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, 1);
    ::dup2(null, 2);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  return pid;
}

Snapshot without_staging(Snapshot s) {
  std::erase_if(s, [](const auto& entry) { return entry.first.starts_with(".bslc-staging"); });
  return s;
}

TEST(CliOutputFaults, KillNineAtAnyMomentLeavesTheOldOrTheNewCompleteSet) {
  // On memory-backed storage when there is some: the steps are the same, and
  // a disk shared with other jobs makes each sync (and so the test) slow.
  std::error_code ec;
  const bool shm = fs::is_directory("/dev/shm", ec) && ::access("/dev/shm", W_OK) == 0;
  TempDir tmp(shm ? fs::path("/dev/shm") : fs::temp_directory_path());
  write_file(tmp.path() / "v1.bsl", org_spec(200, "exports/"));
  write_file(tmp.path() / "v2.bsl", org_spec(160, "shared/"));  // every policy changes, 40 buckets go
  ASSERT_EQ(run_bslc({"compile", "v1.bsl", "-o", "ref1", "-q"}, tmp.path()).exit_code, 0);
  ASSERT_EQ(run_bslc({"compile", "v2.bsl", "-o", "ref2", "-q"}, tmp.path()).exit_code, 0);
  const Snapshot old_set = snapshot(tmp.path() / "ref1");
  const Snapshot new_set = snapshot(tmp.path() / "ref2");
  ASSERT_NE(old_set, new_set);

  // How long an update takes here, to spread the kills over it.
  fs::copy(tmp.path() / "ref1", tmp.path() / "timing", fs::copy_options::recursive);
  const auto start = std::chrono::steady_clock::now();
  ASSERT_EQ(run_bslc({"compile", "v2.bsl", "-o", "timing", "-q"}, tmp.path()).exit_code, 0);
  const auto duration = std::chrono::steady_clock::now() - start;

  const int kRuns = 12;
  int old_seen = 0, new_seen = 0;
  for (int k = 0; k < kRuns; ++k) {
    const fs::path out = tmp.path() / ("out" + std::to_string(k));
    fs::copy(tmp.path() / "ref1", out, fs::copy_options::recursive);
    const pid_t pid = start_bslc({"compile", "v2.bsl", "-o", out.filename().string(), "-q"}, tmp.path());
    std::this_thread::sleep_for(duration * (k + 0.5) / kRuns);
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);

    // Without a journal the run either never committed (the folder itself
    // was never touched) or had finished publishing.
    if (!fs::exists(out / ".bslc-staging/journal")) {
      const Snapshot seen = without_staging(snapshot(out));
      EXPECT_TRUE(seen == old_set || seen == new_set) << k;
    }
    const driver::Recovery r = driver::recover_interrupted(out);
    EXPECT_NE(r.action, driver::Recovery::Action::Failed) << r.error;
    const Snapshot after = snapshot(out);
    const bool is_old = after == old_set, is_new = after == new_set;
    EXPECT_TRUE(is_old || is_new) << "run " << k << " left a mixed folder";
    old_seen += is_old;
    new_seen += is_new;
    // And the next compile goes on from there.
    ASSERT_EQ(run_bslc({"compile", "v2.bsl", "-o", out.filename().string(), "-q"}, tmp.path()).exit_code, 0);
    EXPECT_EQ(snapshot(out), new_set) << k;
    fs::remove_all(out);
  }
  std::cout << "kill -9 over " << kRuns << " runs: " << old_seen << " old sets, " << new_seen << " new sets\n";
}

TEST(CliOutputFaults, AFullDiskWritesNothingAndSaysSo) {
  TempDir tmp;
  const fs::path mnt = tmp.path() / "small";
  fs::create_directories(mnt);
  if (::mount("tmpfs", mnt.c_str(), "tmpfs", 0, "size=256k") != 0)
    GTEST_SKIP() << "cannot mount a small tmpfs here (needs root): the injected ENOSPC tests cover this";
  write_file(tmp.path() / "small.bsl", kCleanSpec);
  write_file(tmp.path() / "big.bsl", org_spec(150));
  const RunResult first = run_bslc({"compile", "small.bsl", "-o", "small/out", "-q"}, tmp.path());
  EXPECT_EQ(first.exit_code, 0) << first.err;
  const Snapshot before = snapshot(mnt / "out");
  const RunResult r = run_bslc({"compile", "big.bsl", "-o", "small/out", "-q"}, tmp.path());
  const Snapshot after = snapshot(mnt / "out");
  ::umount(mnt.c_str());
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("No space left on device"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("nothing written"), std::string::npos) << r.err;
  EXPECT_EQ(after, before);
}

TEST(CliOutputFaults, OutputIsIdenticalAcrossWorkingFoldersAndFormats) {
  TempDir tmp;
  for (const char* where : {"a", "b/deeper"}) write_file(tmp.path() / where / "spec.bsl", kCleanSpec);
  for (const std::vector<std::string> formats :
       {std::vector<std::string>{}, std::vector<std::string>{"--cfn-format", "json", "--tf-format", "json"}}) {
    std::vector<std::string> args = {"compile", "spec.bsl", "-o", "out", "-q"};
    args.insert(args.end(), formats.begin(), formats.end());
    ASSERT_EQ(run_bslc(args, tmp.path() / "a").exit_code, 0);
    ASSERT_EQ(run_bslc(args, tmp.path() / "b/deeper").exit_code, 0);
    const Snapshot a = snapshot(tmp.path() / "a/out");
    EXPECT_EQ(a, snapshot(tmp.path() / "b/deeper/out"));
    // Again in place: the same bytes, nothing rewritten.
    const RunResult again = run_bslc(args, tmp.path() / "a");
    EXPECT_NE(again.out.find("(0 written"), std::string::npos) << again.out;
    EXPECT_EQ(snapshot(tmp.path() / "a/out"), a);
    fs::remove_all(tmp.path() / "a/out");
    fs::remove_all(tmp.path() / "b/deeper/out");
  }
}

TEST(CliParallel, CheckAndTestPrintTheSameWithOneOrManyJobs) {
  TempDir tmp;
  std::vector<std::string> files;
  for (int i = 0; i < 6; ++i) {
    const std::string name = "s" + std::to_string(i) + ".bsl";
    write_file(tmp.path() / name, i % 3 == 2 ? std::string(kErrorSpec) : i % 3 == 1 ? kWarningSpec : kCleanSpec);
    files.push_back(name);
  }
  for (const char* command : {"check", "test"}) {
    std::vector<std::string> serial = {command, "-j", "1"}, parallel = {command, "-j", "4"};
    serial.insert(serial.end(), files.begin(), files.end());
    parallel.insert(parallel.end(), files.begin(), files.end());
    const RunResult one = run_bslc(serial, tmp.path());
    const RunResult many = run_bslc(parallel, tmp.path());
    EXPECT_EQ(one.exit_code, 1) << command;
    EXPECT_EQ(many.exit_code, one.exit_code) << command;
    EXPECT_EQ(many.out, one.out) << command;
    EXPECT_EQ(many.err, one.err) << command;
    EXPECT_NE(one.err.find("error["), std::string::npos) << command << one.err;
  }
}

}  // namespace
}  // namespace bslc::testing
