// One file replaced atomically: the new text goes to a temporary file beside
// it, which is renamed over the old one (keeping its permissions), so an
// interrupted run leaves the old or the new text, never half of one. For the
// commands that write a single file (`fmt`, `import -o`); whole output
// folders go through atomic_writer.h.
#pragma once
#include <string>
#include <string_view>

namespace bslc::driver {

// False when the file cannot be written (nothing changed then).
bool replace_file(const std::string& path, std::string_view text);

}  // namespace bslc::driver
