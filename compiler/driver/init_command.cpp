// bslc init [DIR]: starts a project in DIR (default `.`): a starter spec with
// a test block and a property, a config file, a pre-commit config and a
// GitHub Actions workflow (init_files.h). Never overwrites: when any of the
// files exists, nothing is written and the command exits 1 naming them.
#include <filesystem>
#include <fstream>

#include "driver/commands.h"
#include "driver/exit_codes.h"
#include "driver/guard.h"
#include "driver/init_files.h"

namespace bslc::driver {
namespace fs = std::filesystem;

int run_init(const InitOptions& options, Streams streams) {
  return guarded(streams, [&] {
    const fs::path dir = options.dir.empty() ? fs::path(".") : fs::path(options.dir);
    std::vector<std::string> existing;
    for (const auto& f : init_files())
      if (fs::exists(dir / f.path)) existing.push_back((dir / f.path).generic_string());
    if (!existing.empty()) {
      for (const auto& e : existing) streams.err << "bslc: error: `" << e << "` already exists\n";
      streams.err << "bslc: init writes nothing into a folder that has any of its files; move them aside first\n";
      return kExitFindings;
    }
    for (const auto& f : init_files()) {
      const fs::path path = dir / f.path;
      std::error_code ec;
      fs::create_directories(path.parent_path().empty() ? fs::path(".") : path.parent_path(), ec);
      std::ofstream out(path, std::ios::binary);
      out.write(f.text.data(), static_cast<std::streamsize>(f.text.size()));
      out.close();
      if (ec || !out) {
        streams.err << "bslc: error: cannot write `" << path.generic_string() << "`\n";
        return kExitFindings;
      }
      streams.out << "created " << path.generic_string() << "\n";
    }
    streams.out << "next: bslc check specs/bucket.bsl && bslc test specs/bucket.bsl\n";
    return kExitOk;
  });
}

}  // namespace bslc::driver
