// What the CLI tells people beyond CLI11's option lists: the examples and exit
// codes at the end of `--help`, and a "did you mean" for a mistyped
// subcommand or flag. tests/unit/cli checks that every example command in the
// help runs from the repository root as shown.
#pragma once
#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace bslc::cli {

// `bslc --help` footer: examples, then the exit codes.
std::string main_footer();

// Footer of `bslc <subcommand> --help`: examples for that subcommand (may be empty).
std::string subcommand_footer(std::string_view subcommand);

// The candidate closest to `word` by edit distance, if it is close enough to
// be a typo (at most 2 edits, or a third of the word's length).
std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates);

// After a parse error: "did you mean `check`?" for an unknown subcommand, or
// "did you mean `--werror`?" for an unknown flag of the chosen subcommand.
// nullopt when nothing is close.
std::optional<std::string> did_you_mean(const CLI::App& app, int argc, const char* const* argv);

}  // namespace bslc::cli
