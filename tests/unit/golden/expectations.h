// Comparing bslc's actual output with checked-in expectations, or, with
// BSLC_UPDATE_GOLDEN=1, rewriting the expectations for review in `git diff`.
#pragma once
#include <filesystem>
#include <map>
#include <string>

namespace bslc::testing {

// True when BSLC_UPDATE_GOLDEN is set to anything but "" or "0".
bool update_mode();

// Expects `actual` to equal the file's content (a missing file is a failure
// naming the update script). In update mode writes the file instead.
void expect_file(const std::filesystem::path& expected, const std::string& actual);

// Expects the folder `expected` to hold exactly the files of `actual`, byte
// for byte. In update mode makes it so: writes changed files, removes others.
void expect_tree(const std::filesystem::path& expected, const std::filesystem::path& actual);

// Every regular file under `dir`: relative path -> bytes.
std::map<std::string, std::string> read_tree(const std::filesystem::path& dir);

}  // namespace bslc::testing
