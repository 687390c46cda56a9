// enumerate_classes must be complete: every string of the domain matches
// exactly the same patterns (as the simulator matches them) as one of the
// witnesses. Checked on random pattern sets against random strings built from
// the patterns' own pieces, where the classes are hardest to tell apart.
#include "verify/string_classes.h"

#include <gtest/gtest.h>

#include <random>
#include <set>

#include "sim/detail/arn.h"

namespace bslc::verify {
namespace {

namespace sd = sim::detail;

struct Compiled {
  std::vector<sd::Pattern> patterns;
  std::vector<Glob> globs;
};

std::vector<bool> signature(const std::vector<sd::Pattern>& patterns, const std::vector<sd::Pattern>& domain,
                            std::string_view s) {
  std::vector<bool> out;
  for (const auto& p : patterns) out.push_back(p.match(s, {}));
  for (const auto& d : domain) out.push_back(d.match(s, {}));
  return out;
}

TEST(StringClasses, EveryStringHasAWitnessWithItsMatches) {
  std::mt19937 rng(7);
  const std::vector<std::string> pieces = {"a", "b", "/", "x", "ab", "home/", "*", "?", "b*", "a?b"};
  auto piece = [&] { return pieces[rng() % pieces.size()]; };
  for (int round = 0; round < 300; ++round) {
    const bool fold = round % 3 == 0;
    const sd::PatternSyntax syntax{.wildcards = true, .variables = false, .fold_case = fold};
    std::vector<sd::Pattern> patterns;
    std::vector<Glob> globs;
    const int n = 1 + static_cast<int>(rng() % 4);
    for (int i = 0; i < n; ++i) {
      std::string text;
      for (int k = 1 + static_cast<int>(rng() % 4); k > 0; --k) text += piece();
      if (fold && rng() % 2) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
      patterns.push_back(sd::Pattern::compile(text, syntax, nullptr));
      Glob g;
      ASSERT_TRUE(Glob::from_pattern(patterns.back(), g));
      globs.push_back(std::move(g));
    }
    // Domain: "b" exactly, or "b/" and at least one character (a bucket and its objects).
    const std::vector<sd::Pattern> domain = {sd::Pattern::compile("b", {.wildcards = false}, nullptr),
                                             sd::Pattern::compile("b/?*", {.wildcards = true}, nullptr)};
    std::vector<Glob> domain_globs(2);
    ASSERT_TRUE(Glob::from_pattern(domain[0], domain_globs[0]));
    ASSERT_TRUE(Glob::from_pattern(domain[1], domain_globs[1]));
    const auto classes = enumerate_classes(globs, domain_globs);
    ASSERT_TRUE(classes.complete);
    std::set<std::vector<bool>> known;
    for (const auto& w : classes.witnesses) known.insert(signature(patterns, domain, w));
    for (int t = 0; t < 200; ++t) {
      std::string s = rng() % 5 == 0 ? "b" : "b/";
      if (s == "b/")
        for (int k = 1 + static_cast<int>(rng() % 5); k > 0; --k) {
          std::string p = piece();
          if (p == "*" || p == "?") p = "q";
          s += p;
        }
      EXPECT_TRUE(known.count(signature(patterns, domain, s)))
          << "no witness behaves like `" << s << "` (round " << round << ")";
    }
  }
}

TEST(StringClasses, ArnFieldsKeepWildcardsInsideTheirField) {
  const auto arn = sd::ArnPattern::compile("arn:aws:iam::*:role/Admin*", false, nullptr);
  Glob g;
  ASSERT_TRUE(Glob::from_arn_pattern(arn, g));
  const auto classes = enumerate_classes({g}, {});
  size_t matching = 0;
  for (const auto& w : classes.witnesses) matching += arn.match(w, {});
  EXPECT_EQ(matching, 1u);
  EXPECT_EQ(classes.witnesses.size(), 2u);
}

}  // namespace
}  // namespace bslc::verify
