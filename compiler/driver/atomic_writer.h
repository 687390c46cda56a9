// Writes a FileTree under a directory so that the folder as a whole changes
// from the old complete set of outputs to the new one, or not at all:
//   1. plan: check every target (no file where a folder must go, and the
//      reverse), skip files whose bytes are already current, and pick the
//      stale files of the previous manifest that nobody edited since;
//   2. stage: write each new or changed file into DIR/.bslc-staging/, then
//      sync the filesystem once (one syncfs, not one fsync per file);
//   3. commit: write the journal (driver/output_journal.h) and sync it;
//   4. publish: make folders, rename the staged files into place (the
//      manifest last), move stale files out; then sync and drop the staging.
// A failure before the commit changes nothing; a failure while publishing
// undoes the steps already done. A run killed while publishing leaves the
// journal, and the next write into DIR (or recover_interrupted) finishes it
// before doing anything else; a run killed before committing leaves only the
// staging folder, which the next run removes. Concurrent runs on one DIR
// take turns (flock on DIR). Files whose bytes are already current are not
// rewritten (mtimes stay), and files bslc never produced are never touched.
#pragma once
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "driver/file_tree.h"
#include "driver/output_journal.h"

namespace bslc::driver {

struct WriteOutcome {
  bool ok = true;
  bool untouched = true;               // when !ok: DIR is exactly as it was before the run
  std::string error;                   // when !ok: what failed
  std::vector<std::string> written;    // new or changed
  std::vector<std::string> unchanged;  // already current
  std::vector<std::string> removed;    // stale, removed
  std::vector<std::string> kept;       // stale but edited by someone since: left in place
};

// `previous`: path -> sha256 from the manifest already in `dir` (may be empty).
// `hook` injects failures in tests (driver/output_journal.h).
WriteOutcome write_tree(const std::filesystem::path& dir, const FileTree& files,
                        const std::map<std::string, std::string>& previous, FaultHook hook = nullptr);

// What an interrupted earlier run left in DIR, and what was done about it.
struct Recovery {
  enum class Action { None, Finished, RolledBack, CleanedUp, Failed } action = Action::None;
  std::string error;  // Failed: why the folder could not be repaired
};
// Finishes (or, failing that, undoes) a committed but unfinished run and
// removes leftovers of runs that died before committing.
Recovery recover_interrupted(const std::filesystem::path& dir, FaultHook hook = nullptr);

}  // namespace bslc::driver
