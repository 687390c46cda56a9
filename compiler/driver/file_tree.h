// A set of output files held in memory: relative path ('/'-separated) ->
// bytes. `bslc compile` builds the whole tree before touching the disk, so an
// error anywhere means nothing is written.
#pragma once
#include <map>
#include <string>

namespace bslc::driver {

using FileTree = std::map<std::string, std::string>;

// True for a relative path with no empty, "." or ".." components and no
// backslash or NUL: a path that cannot escape the output directory.
bool is_safe_relative_path(const std::string& path);

// Turns a name from the spec into one safe path component: characters other
// than letters, digits, '.', '-' and '_' become '_'; "", "." and ".." become "_".
std::string safe_component(const std::string& name);

}  // namespace bslc::driver
