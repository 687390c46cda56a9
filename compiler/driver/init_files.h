// The files `bslc init` writes into a new project: the templates/ files,
// embedded at build time (cmake/EmbedTemplates.cmake), so the installed
// binary needs nothing from the source tree. In the order they are written.
#pragma once
#include <string_view>
#include <vector>

namespace bslc::driver {

struct InitFile {
  std::string_view path;  // relative to the project folder, e.g. "specs/bucket.bsl"
  std::string_view text;
};

const std::vector<InitFile>& init_files();

}  // namespace bslc::driver
