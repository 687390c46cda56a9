// What a target cannot express becomes a numbered step in <target>/README.md
// with the exact command to run; this renders that README.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace bslc::emit {

struct ManualStep {
  std::string title;                  // "Turn on MFA delete for bucket `acme-records`"
  std::string why;                    // one short paragraph
  std::vector<std::string> commands;  // shell commands, run in this folder, in order
};

struct Readme {
  std::string title;                // "CloudFormation"
  std::vector<std::string> deploy;  // how to deploy the generated files
  std::vector<std::string> notes;   // short facts worth knowing (one line each)
  std::vector<ManualStep> steps;    // what the target cannot do by itself
};

std::string render_readme(const Readme& readme);

// POSIX shell single-quoting: abc -> 'abc', it's -> 'it'\''s'. Plain words
// made only of [A-Za-z0-9._/:=@%+,-] are left bare.
std::string shell_quote(std::string_view word);

}  // namespace bslc::emit
