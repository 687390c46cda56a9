// DIR/manifest.json: every file `bslc compile` wrote (except the manifest
// itself), sorted by path, with its SHA-256:
//   {"files": [{"path": "records/bucket-policy.json", "sha256": "<hex>"}]}
// The previous run's manifest also tells which files bslc owns, so only those
// are ever removed as stale.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "driver/file_tree.h"

namespace bslc::driver {

inline constexpr const char* kManifestName = "manifest.json";

// The manifest for `files` (which must not contain the manifest itself).
std::string build_manifest(const FileTree& files);

// Path -> sha256 from a manifest's text; nullopt when it is not a manifest.
// Entries whose path could escape the directory are dropped.
std::optional<std::map<std::string, std::string>> read_manifest(std::string_view text);

}  // namespace bslc::driver
