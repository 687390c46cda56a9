#include "cli/usage.h"

#include <algorithm>

namespace bslc::cli {
namespace {

const char* const kExitCodes = R"(Exit codes:
  0  clean (warnings allowed unless --werror); every test passed
  1  the input has errors; a test failed; a simulated batch had bad lines; an output could not be written
  2  usage error: unknown subcommand or flag, missing argument, bad flag value, unknown code
  3  internal error: a bug in bslc
)";

struct Example {
  std::string_view subcommand;
  std::string_view text;
};

// Every command line here runs as shown from the repository root (a test does so).
const Example kExamples[] = {
    {"check", "bslc check examples/phi-records/records.bsl"},
    {"check", "bslc check --format sarif examples/*/*.bsl > bslc.sarif"},
    {"compile", "bslc compile examples/phi-records/records.bsl -o out/phi-records"},
    {"test", "bslc test examples/phi-records/records.bsl"},
    {"test", "bslc test --format junit examples/phi-records/records.bsl > bslc-tests.xml"},
    {"simulate",
     "bslc simulate examples/phi-records/records.bsl --bucket records --principal partner --action s3:GetObject "
     "--key exports/2026-11.csv --context aws:SecureTransport=true"},
    {"explain", "bslc explain E0201"},
    {"dump-ast", "bslc dump-ast examples/phi-records/records.bsl"},
    {"access", "bslc access --format html examples/phi-records/records.bsl > access.html"},
    {"fmt", "bslc fmt --check examples/phi-records/records.bsl"},
    {"init", "bslc init my-buckets"},
    {"check", "bslc check --write-baseline baseline.json examples/phi-records/records.bsl"},
};

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

std::vector<std::string> long_flags(const CLI::App& app) {
  std::vector<std::string> flags;
  for (const CLI::Option* opt : app.get_options()) {
    for (const auto& name : opt->get_lnames()) flags.push_back("--" + name);
    for (const auto& name : opt->get_snames()) flags.push_back("-" + name);
  }
  return flags;
}

}  // namespace

std::string main_footer() {
  std::string out = "Examples:\n";
  for (const auto& e : kExamples) out += "  " + std::string(e.text) + "\n";
  out += "\nRun `bslc <subcommand> --help` for its flags, `bslc explain CODE` for a diagnostic.\n\n";
  return out + kExitCodes;
}

std::string subcommand_footer(std::string_view subcommand) {
  std::string out;
  for (const auto& e : kExamples)
    if (e.subcommand == subcommand) out += "  " + std::string(e.text) + "\n";
  if (!out.empty()) out = "\nExamples:\n" + out;
  return out + "\n" + kExitCodes;
}

std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates) {
  std::optional<std::string> best;
  size_t best_distance = std::max<size_t>(2, word.size() / 3) + 1;
  for (const auto& c : candidates) {
    const size_t d = edit_distance(word, c);
    if (d < best_distance) {
      best_distance = d;
      best = c;
    }
  }
  return best;
}

std::optional<std::string> did_you_mean(const CLI::App& app, int argc, const char* const* argv) {
  const std::vector<const CLI::App*> subs = app.get_subcommands([](const CLI::App*) { return true; });
  std::vector<std::string> names;
  for (const CLI::App* sub : subs) names.push_back(sub->get_name());

  const CLI::App* chosen = &app;
  bool have_subcommand = false;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg.empty()) continue;
    if (arg[0] != '-') {
      if (have_subcommand) continue;  // a FILE or a flag's value
      if (const auto it = std::find(names.begin(), names.end(), arg); it != names.end()) {
        chosen = subs[static_cast<size_t>(it - names.begin())];
        have_subcommand = true;
        continue;
      }
      if (auto guess = closest(arg, names)) return "did you mean `" + *guess + "`?";
      return std::nullopt;
    }
    if (arg == "--") break;
    const std::string flag(arg.substr(0, arg.find('=')));
    const auto known = long_flags(*chosen);
    if (std::find(known.begin(), known.end(), flag) != known.end()) continue;
    if (!chosen->get_parent() && (flag == "--help" || flag == "-h" || flag == "--version")) continue;
    if (flag == "--help" || flag == "-h") continue;
    if (auto guess = closest(flag, known)) return "did you mean `" + *guess + "`?";
  }
  return std::nullopt;
}

}  // namespace bslc::cli
