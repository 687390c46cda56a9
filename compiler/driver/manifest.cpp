#include "driver/manifest.h"

#include <nlohmann/json.hpp>

#include "driver/sha256.h"

namespace bslc::driver {

std::string build_manifest(const FileTree& files) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  // FileTree is a std::map, so iteration is already sorted by path (bytewise).
  for (const auto& [path, bytes] : files) {
    nlohmann::ordered_json entry;
    entry["path"] = path;
    entry["sha256"] = sha256_hex(bytes);
    list.push_back(std::move(entry));
  }
  nlohmann::ordered_json root;
  root["files"] = std::move(list);
  return root.dump(2) + "\n";
}

std::optional<std::map<std::string, std::string>> read_manifest(std::string_view text) {
  const auto root = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!root.is_object() || !root.contains("files") || !root["files"].is_array()) return std::nullopt;
  std::map<std::string, std::string> out;
  for (const auto& entry : root["files"]) {
    if (!entry.is_object()) continue;
    const auto path = entry.find("path");
    const auto sha = entry.find("sha256");
    if (path == entry.end() || !path->is_string()) continue;
    const std::string p = path->get<std::string>();
    if (!is_safe_relative_path(p) || p == kManifestName) continue;
    out[p] = (sha != entry.end() && sha->is_string()) ? sha->get<std::string>() : std::string();
  }
  return out;
}

}  // namespace bslc::driver
