// Writes a FileTree under a directory so that readers never see a partial
// file and a failure leaves the directory as it was:
//   1. check every target (no file where a folder must go, and the reverse);
//   2. write each new or changed file to a temp file in its own folder;
//   3. only when every temp file is complete, rename them into place;
//   4. then remove files the previous manifest listed that this run no longer
//      produces, unless the user edited them since (their hash differs).
// Files whose bytes are already current are not rewritten (mtimes stay), and
// files bslc never produced are never touched.
#pragma once
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "driver/file_tree.h"

namespace bslc::driver {

struct WriteOutcome {
  bool ok = true;
  std::string error;                   // when !ok: what failed; the directory is unchanged
  std::vector<std::string> written;    // new or changed
  std::vector<std::string> unchanged;  // already current
  std::vector<std::string> removed;    // stale, removed
  std::vector<std::string> kept;       // stale but edited by someone since: left in place
};

// `previous`: path -> sha256 from the manifest already in `dir` (may be empty).
WriteOutcome write_tree(const std::filesystem::path& dir, const FileTree& files,
                        const std::map<std::string, std::string>& previous);

}  // namespace bslc::driver
