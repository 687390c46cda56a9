#include "driver/file_replace.h"

#include <filesystem>
#include <fstream>

namespace bslc::driver {

bool replace_file(const std::string& path, std::string_view text) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  const fs::path temporary = target.parent_path() / ("." + target.filename().string() + ".bslc-new");
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out.write(text.data(), static_cast<std::streamsize>(text.size()));
    out.flush();
    if (!out) {
      std::error_code ec;
      fs::remove(temporary, ec);
      return false;
    }
  }
  std::error_code ec;
  if (fs::exists(target, ec)) fs::permissions(temporary, fs::status(target, ec).permissions(), ec);
  ec.clear();
  fs::rename(temporary, target, ec);
  if (ec) fs::remove(temporary, ec);
  return !ec;
}

}  // namespace bslc::driver
