#include "driver/output_journal.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <nlohmann/json.hpp>

namespace bslc::driver {
namespace fs = std::filesystem;
namespace {

constexpr const char* kKinds[] = {"mkdir", "create", "replace", "remove"};

bool exists(const fs::path& p) {
  struct stat st;
  return ::lstat(p.c_str(), &st) == 0;
}

std::string slot_path(const fs::path& staging, size_t slot) { return (staging / std::to_string(slot)).string(); }
std::string old_path(const fs::path& staging, size_t slot) {
  return (staging / ("old-" + std::to_string(slot))).string();
}

// Runs one system call behind the fault hook; "" or the failure, spelled for the user.
template <typename F>
std::string step(FaultHook hook, std::string_view name, const std::string& rel, F&& call) {
  int err = hook ? hook(name, rel) : 0;
  if (err == 0 && call() != 0) err = errno;
  if (err == 0) return {};
  return "cannot " + std::string(name == "undo" ? "restore" : "publish") + " `" + rel + "`: " + std::strerror(err);
}

}  // namespace

void prune_empty_parents(const fs::path& dir, const std::string& rel) {
  for (fs::path parent = (dir / rel).parent_path(); parent != dir && parent.has_relative_path();
       parent = parent.parent_path()) {
    if (::rmdir(parent.c_str()) != 0) break;  // not empty (or gone): stop
  }
}

std::string journal_text(const std::vector<JournalStep>& steps) {
  nlohmann::json list = nlohmann::json::array();
  for (const auto& s : steps)
    list.push_back({{"op", kKinds[static_cast<int>(s.kind)]}, {"path", s.path}, {"slot", s.slot}});
  return nlohmann::json{{"bslc-journal", 1}, {"steps", std::move(list)}}.dump() + "\n";
}

std::optional<std::vector<JournalStep>> read_journal(std::string_view text) {
  const auto j = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!j.is_object() || j.value("bslc-journal", 0) != 1 || !j.contains("steps") || !j["steps"].is_array())
    return std::nullopt;
  std::vector<JournalStep> steps;
  for (const auto& s : j["steps"]) {
    if (!s.is_object() || !s.contains("op") || !s["op"].is_string() || !s.contains("path") || !s["path"].is_string() ||
        !s.contains("slot") || !s["slot"].is_number_unsigned())
      return std::nullopt;
    JournalStep out;
    const std::string op = s["op"].get<std::string>();
    size_t kind = 0;
    while (kind < 4 && op != kKinds[kind]) ++kind;
    if (kind == 4) return std::nullopt;
    out.kind = static_cast<JournalStep::Kind>(kind);
    out.path = s["path"].get<std::string>();
    out.slot = s["slot"].get<size_t>();
    steps.push_back(std::move(out));
  }
  return steps;
}

std::string replay_journal(const fs::path& dir, const std::vector<JournalStep>& steps, FaultHook hook, size_t* done) {
  const fs::path staging = dir / kStagingName;
  for (size_t i = 0; i < steps.size(); ++i) {
    const JournalStep& s = steps[i];
    const std::string target = (dir / s.path).string();
    const std::string slot = slot_path(staging, s.slot);
    const std::string old = old_path(staging, s.slot);
    std::string error;
    switch (s.kind) {
      case JournalStep::Kind::Mkdir: {
        struct stat st;
        if (::stat(target.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) break;
        error = step(hook, "publish", s.path, [&] { return ::mkdir(target.c_str(), 0777); });
        break;
      }
      case JournalStep::Kind::Create:
        if (!exists(slot)) break;  // already moved into place
        error = step(hook, "publish", s.path, [&] { return ::rename(slot.c_str(), target.c_str()); });
        break;
      case JournalStep::Kind::Replace:
        if (!exists(slot)) break;
        // Keep the replaced file, so that the step can be undone.
        if (!exists(old) && exists(target))
          error = step(hook, "publish", s.path, [&] { return ::link(target.c_str(), old.c_str()); });
        if (error.empty())
          error = step(hook, "publish", s.path, [&] { return ::rename(slot.c_str(), target.c_str()); });
        break;
      case JournalStep::Kind::Remove:
        if (!exists(old) && exists(target))
          error = step(hook, "publish", s.path, [&] { return ::rename(target.c_str(), old.c_str()); });
        if (error.empty()) prune_empty_parents(dir, s.path);
        break;
    }
    if (!error.empty()) return error;
    if (done) *done = i + 1;
  }
  return {};
}

std::string undo_journal(const fs::path& dir, const std::vector<JournalStep>& steps, FaultHook hook) {
  const fs::path staging = dir / kStagingName;
  std::string first_error;
  for (size_t i = steps.size(); i-- > 0;) {
    const JournalStep& s = steps[i];
    const std::string target = (dir / s.path).string();
    const std::string slot = slot_path(staging, s.slot);
    const std::string old = old_path(staging, s.slot);
    std::string error;
    switch (s.kind) {
      case JournalStep::Kind::Mkdir:
        ::rmdir(target.c_str());  // only when empty: a folder someone filled meanwhile stays
        break;
      case JournalStep::Kind::Create:
        if (exists(slot) || !exists(target)) break;  // never published
        error = step(hook, "undo", s.path, [&] { return ::rename(target.c_str(), slot.c_str()); });
        break;
      case JournalStep::Kind::Replace:
        if (exists(slot) || !exists(old)) break;
        error = step(hook, "undo", s.path, [&] { return ::rename(old.c_str(), target.c_str()); });
        break;
      case JournalStep::Kind::Remove: {
        if (!exists(old) || exists(target)) break;
        std::error_code ec;
        fs::create_directories((dir / s.path).parent_path(), ec);  // pruned when it emptied
        error = step(hook, "undo", s.path, [&] { return ::rename(old.c_str(), target.c_str()); });
        break;
      }
    }
    if (!error.empty() && first_error.empty()) first_error = error;
  }
  return first_error;
}

}  // namespace bslc::driver
