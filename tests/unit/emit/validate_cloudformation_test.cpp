// Every emitted template passes AWS's offline CloudFormation validator with
// no ERROR or FATAL finding. Skipped, with the reason, when node or the
// validator package (tests/validate/setup.sh) is missing.
#include <gtest/gtest.h>

#include <iostream>
#include <nlohmann/json.hpp>

#include "emit/emit.h"
#include "fixtures.h"
#include "validators.h"

namespace bslc::emit {
namespace {

using nlohmann::json;

struct Case {
  std::string name;
  ir::Model model;
  lower::Output docs;
};

std::vector<Case> cases() {
  const ir::Model full = testing::full_model();
  const ir::Model minimal = testing::minimal_model();
  return {{"full", full, testing::full_docs(full)}, {"minimal", minimal, testing::minimal_docs(minimal)}};
}

TEST(ValidateCloudFormation, TemplatesPassAwsOfflineValidator) {
  const testing::Tool node = testing::node_executable();
  if (!node.missing.empty()) GTEST_SKIP() << node.missing;
  const testing::Tool modules = testing::cfn_validator_modules();
  if (!modules.missing.empty()) GTEST_SKIP() << modules.missing;

  std::vector<std::string> templates;
  for (const auto& c : cases()) {
    for (Format format : {Format::Native, Format::Json}) {
      diag::DiagnosticSink sink;
      const Files files = emit_cloudformation(c.model, c.docs, format, sink);
      const auto dir = testing::scratch_dir("cloudformation-" + c.name + (format == Format::Json ? "-json" : "-yaml"));
      testing::write_files(dir, files);
      templates.push_back((dir / (format == Format::Json ? "template.json" : "template.yaml")).string());
    }
  }
  std::string command = testing::shell_word(node.path) + " " +
                        testing::shell_word(std::string(BSLC_SOURCE_DIR) + "/tests/validate/cfn-validate.js") + " " +
                        testing::shell_word(modules.path);
  for (const auto& t : templates) command += " " + testing::shell_word(t);
  std::string output;
  ASSERT_EQ(testing::run_command(command + " 2>/dev/null", output), 0) << output;
  const json report = json::parse(output);
  ASSERT_EQ(report["results"].size(), templates.size());
  for (const auto& result : report["results"]) {
    for (const auto& d : result["diagnostics"]) {
      const std::string severity = d["severity"];
      const std::string line = result["file"].get<std::string>() + ":" + std::to_string(d["line"].get<int>()) + ": " +
                               d["ruleId"].get<std::string>() + " " + d["message"].get<std::string>() + " (" +
                               d["entity"].get<std::string>() + " " + d["path"].get<std::string>() + ")";
      EXPECT_TRUE(severity != "ERROR" && severity != "FATAL") << line;
      EXPECT_NE(severity, "WARN") << line;
    }
  }
  std::cout << "[ validator ] @aws/cloudformation-validate " << report["validator"].get<std::string>() << ": "
            << templates.size() << " templates checked\n";
}

}  // namespace
}  // namespace bslc::emit
