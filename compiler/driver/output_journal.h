// The publish journal that makes a whole output folder change atomically.
//
// `bslc compile -o DIR` first writes every new file into DIR/.bslc-staging/
// (one numbered slot per file), syncs the filesystem once, and only then
// commits by renaming a complete journal into DIR/.bslc-staging/journal. The
// journal lists the steps that turn the old set into the new one: make a
// folder, move a slot into place (keeping a hard link to the file it
// replaces), move a stale file out. Every step can be replayed (forward) and
// undone (back) from what is on disk, whatever point a crash stopped at:
//   - no journal: the run died before committing; DIR was not touched, the
//     staging folder is leftover and is removed;
//   - a journal: the run committed; replaying it finishes the new set (or,
//     when a step cannot be done, undoing every step restores the old set).
// Invariant: the journal is written only once every slot it names is
// complete and synced, and slots are never modified afterwards.
#pragma once
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bslc::driver {

inline constexpr const char* kStagingName = ".bslc-staging";

struct JournalStep {
  enum class Kind { Mkdir, Create, Replace, Remove };
  Kind kind = Kind::Create;
  std::string path;  // relative to DIR
  size_t slot = 0;   // staging/<slot>: new bytes; staging/old-<slot>: the file it replaces or removes
};

std::string journal_text(const std::vector<JournalStep>& steps);
// nullopt when the text is not a complete journal.
std::optional<std::vector<JournalStep>> read_journal(std::string_view text);

// Test seam: called before each filesystem change with the step's name
// ("stage", "sync", "commit", "publish", "undo") and the relative path it is
// about; a non-zero errno makes that step fail as if the system call had.
using FaultHook = int (*)(std::string_view step, const std::string& path);

// Replays (forward) or undoes (back) the steps against DIR. Both are
// idempotent. Returns an empty string, or what failed.
std::string replay_journal(const std::filesystem::path& dir, const std::vector<JournalStep>& steps, FaultHook hook,
                           size_t* done = nullptr);
// Removes the folders that `rel`'s removal left empty, up to (not including) dir.
void prune_empty_parents(const std::filesystem::path& dir, const std::string& rel);

std::string undo_journal(const std::filesystem::path& dir, const std::vector<JournalStep>& steps, FaultHook hook);

}  // namespace bslc::driver
