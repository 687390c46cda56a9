// Spec locations as they appear in outputs (sources.json, test reports):
// "file:line" with the file relative to the root spec's folder, stdlib files
// as "<stdlib>/name.bsl". Never absolute, so outputs do not depend on where
// the repository is checked out.
#pragma once
#include <filesystem>
#include <string>

#include "source/source.h"

namespace bslc::driver {

// `source_name` as sema named it (a path usable from the current directory,
// or "<stdlib>/..."), relative to `base_dir`, '/'-separated.
std::string relative_source_name(const std::string& source_name, const std::filesystem::path& base_dir);

// "file:line" for the start of `loc`; "" when the location is unknown.
std::string trace_location(const Location& loc, const std::filesystem::path& base_dir);

}  // namespace bslc::driver
