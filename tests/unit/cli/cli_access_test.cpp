// bslc access through the real binary: the classes a bucket's documents
// allow, as text, json and a self-contained HTML page that headless Chromium
// loads without console errors (skipped visibly without Chromium).
#include <gtest/gtest.h>

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "unit/cli/fixtures.h"
#include "unit/cli/run_bslc.h"

namespace bslc::testing {
namespace {

namespace fs = std::filesystem;

fs::path phi_records() { return fs::path(BSLC_SOURCE_DIR) / "examples" / "phi-records" / "records.bsl"; }

TEST(CliAccess, ThePartnerReadsExportsOnlyAndAnonymousNothing) {
  const RunResult r = run_bslc({"access", "--format", "json", phi_records().string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  const nlohmann::json* records = nullptr;
  for (const auto& b : doc)
    if (b["bucket"] == "acme-patient-records") records = &b;
  ASSERT_NE(records, nullptr) << r.out;
  EXPECT_TRUE((*records)["exact"].get<bool>());
  const auto& callers = (*records)["callers"];
  EXPECT_FALSE(callers.contains("anonymous")) << callers.dump(2);
  ASSERT_TRUE(callers.contains("arn:aws:iam::444455556666:root")) << callers.dump(2);
  const auto& partner = callers["arn:aws:iam::444455556666:root"];
  ASSERT_TRUE(partner.contains("read")) << partner.dump(2);
  for (const auto& [group, entries] : partner.items()) {
    EXPECT_NE(group, "delete") << partner.dump(2);
    for (const auto& e : entries)
      if (e["where"] != "bucket") EXPECT_EQ(e["where"].get<std::string>().rfind("exports/", 0), 0u) << e.dump();
  }
}

TEST(CliAccess, TextNamesEveryBucket) {
  const RunResult r = run_bslc({"access", phi_records().string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("bucket acme-patient-records\n"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("bucket acme-patient-records-logs\n"), std::string::npos) << r.out;
  EXPECT_EQ(run_bslc({"access"}).exit_code, 2);
}

TEST(CliAccess, HtmlMatrixLoadsInHeadlessChromium) {
  TempDir tmp;
  const RunResult r = run_bslc({"access", "--format", "html", phi_records().string()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.find("http://"), std::string::npos) << "the page must not load anything";
  EXPECT_EQ(r.out.find("https://"), std::string::npos) << "the page must not load anything";
  write_file(tmp.path() / "access.html", r.out);
  if (std::system("command -v chromium >/dev/null 2>&1") != 0)
    GTEST_SKIP() << "chromium not installed (apt-get install chromium): the page was not rendered";
  const std::string base = "chromium --headless --no-sandbox --disable-gpu --enable-logging=stderr --v=0 ";
  const fs::path page = tmp.path() / "access.html";
  const std::string dom_cmd = base + "--dump-dom 'file://" + page.string() + "' >'" +
                              (tmp.path() / "dom").string() + "' 2>'" + (tmp.path() / "log").string() + "'";
  ASSERT_EQ(std::system(dom_cmd.c_str()), 0) << detail::slurp(tmp.path() / "log");
  const std::string dom = detail::slurp(tmp.path() / "dom");
  const std::string log = detail::slurp(tmp.path() / "log");
  EXPECT_EQ(log.find("CONSOLE"), std::string::npos) << log;
  EXPECT_NE(dom.find("<h2>acme-patient-records</h2>"), std::string::npos) << dom.substr(0, 2000);
  EXPECT_NE(dom.find("arn:aws:iam::444455556666:root"), std::string::npos);
  EXPECT_NE(dom.find("exports/"), std::string::npos);
  // A screenshot of the page, kept in the build tree (the README shows one).
  const fs::path shot = fs::path(BSLC_BINARY).parent_path() / "access-phi-records.png";
  const std::string shot_cmd = base + "--hide-scrollbars --window-size=1400,900 --screenshot='" + shot.string() +
                               "' 'file://" + page.string() + "' >/dev/null 2>&1";
  EXPECT_EQ(std::system(shot_cmd.c_str()), 0);
  EXPECT_GT(fs::file_size(shot), 10000u);
}

}  // namespace
}  // namespace bslc::testing
