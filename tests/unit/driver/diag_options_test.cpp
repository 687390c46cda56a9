// --werror / --disable filtering and the option checks.
#include "driver/diag_options.h"

#include <gtest/gtest.h>

#include <sstream>

namespace bslc::driver {
namespace {

diag::Code first_code_with(diag::Severity s) {
  for (const auto& c : diag::all_codes())
    if (c.default_severity == s) return c.code;
  return diag::Code::E0101;
}

TEST(DiagOptions, UnknownOrErrorCodesCannotBeDisabled) {
  std::ostringstream err;
  EXPECT_FALSE(validate_diag_options(DiagOptions{.disabled = {"X9999"}}, err));
  EXPECT_NE(err.str().find("unknown diagnostic code"), std::string::npos);
  err.str("");
  EXPECT_FALSE(validate_diag_options(DiagOptions{.disabled = {"E0101"}}, err));
  EXPECT_NE(err.str().find("cannot be disabled"), std::string::npos);
  EXPECT_TRUE(validate_diag_options(DiagOptions{}, err));
}

TEST(DiagOptions, WerrorTurnsWarningsIntoErrors) {
  const diag::Code w = first_code_with(diag::Severity::Warning);
  if (diag::info(w).default_severity != diag::Severity::Warning) GTEST_SKIP() << "no warning codes defined yet";
  std::vector<diag::Diagnostic> ds = {diag::make(w, {}, "risky")};
  EXPECT_FALSE(has_errors(filter_diagnostics(ds, DiagOptions{})));
  EXPECT_TRUE(has_errors(filter_diagnostics(ds, DiagOptions{.werror = true})));
}

TEST(DiagOptions, DisableDropsThatWarningOnly) {
  const diag::Code w = first_code_with(diag::Severity::Warning);
  if (diag::info(w).default_severity != diag::Severity::Warning) GTEST_SKIP() << "no warning codes defined yet";
  std::vector<diag::Diagnostic> ds = {diag::make(w, {}, "risky"), diag::make(diag::Code::E0101, {}, "bad")};
  const auto kept = filter_diagnostics(ds, DiagOptions{.disabled = {std::string(diag::info(w).id)}});
  ASSERT_EQ(kept.size(), 1u);
  EXPECT_EQ(kept[0].code, diag::Code::E0101);
}

TEST(DiagOptions, DuplicatesAreReportedOnce) {
  const auto src = std::make_shared<const Source>("a.bsl", "x");
  std::vector<diag::Diagnostic> ds = {diag::make(diag::Code::E0101, {src, {0, 1}}, "bad"),
                                      diag::make(diag::Code::E0101, {src, {0, 1}}, "bad")};
  EXPECT_EQ(filter_diagnostics(ds, DiagOptions{}).size(), 1u);
}

TEST(DiagOptions, JsonGoesToStdoutSummaryToStderr) {
  std::ostringstream out, err;
  report_diagnostics({diag::make(diag::Code::E0101, {}, "bad")}, DiagOptions{.format = DiagFormat::Json},
                     Streams{out, err});
  EXPECT_EQ(out.str().front(), '[');
  EXPECT_EQ(err.str(), "1 error, 0 warnings, 0 notes\n");
}

}  // namespace
}  // namespace bslc::driver
