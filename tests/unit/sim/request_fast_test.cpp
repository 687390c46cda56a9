// The batch's fast request reader never reads a line differently from the
// general JSON reader: for every line it accepts, both give the same
// request. And the realistic request mix takes the fast path (else the
// batch benchmark would measure the general reader).
#include "sim/detail/request_fast.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace bslc::sim {
namespace {

void expect_same(const RequestLine& fast, const RequestLine& general, const std::string& line) {
  EXPECT_EQ(fast.id, general.id) << line;
  EXPECT_EQ(fast.request.principal, general.request.principal) << line;
  EXPECT_EQ(fast.request.action, general.request.action) << line;
  EXPECT_EQ(fast.request.resource, general.request.resource) << line;
  ASSERT_EQ(fast.request.context.size(), general.request.context.size()) << line;
  for (size_t i = 0; i < fast.request.context.size(); ++i) {
    EXPECT_EQ(fast.request.context[i].key, general.request.context[i].key) << line;
    EXPECT_EQ(fast.request.context[i].value, general.request.context[i].value) << line;
  }
}

// Returns whether the fast reader took the line.
bool check(const std::string& line) {
  const auto fast = detail::read_request_fast(line);
  const auto general = detail::read_request_general(line);
  if (!fast) return false;
  EXPECT_TRUE(general.line) << line << ": " << general.error;
  if (general.line) expect_same(*fast, *general.line, line);
  return true;
}

TEST(RequestFastReader, NumbersAreReadAsTheJsonLibraryWritesThemBack) {
  int fast = 0;
  for (const char* n : {"0",
                        "7",
                        "-3",
                        "-0",
                        "007",
                        "1.3",
                        "1.30",
                        "2.0",
                        "0.1",
                        "0.001",
                        "0.0001",
                        "0.00001",
                        "-0.5",
                        "123456.5",
                        "1234567.5",
                        "1e3",
                        "1E-2",
                        "1.5e2",
                        "12345678901234567890",
                        "999999999999999999",
                        "3.14159",
                        "0.000",
                        "10.25"}) {
    for (const std::string& form : {std::string("\"k\": ") + n, std::string("\"k\": [") + n + ", \"x\"]"}) {
      fast += check(std::string(R"({"id": "r", "principal": "anonymous", "action": "s3:GetObject", )") +
                    R"("resource": "arn:aws:s3:::b/k", "context": {)" + form + "}}");
    }
  }
  EXPECT_GT(fast, 20);  // the common forms do take the fast path
}

TEST(RequestFastReader, OtherShapesFallBackOrAgree) {
  for (
      const char* line : {
          R"({"id": "a", "principal": "anonymous", "action": "s3:GetObject", "resource": "arn:aws:s3:::b/k"})",
          R"({"id": "a", "principal": "anonymous", "action": "s3:GetObject", "resource": "arn:aws:s3:::b/k", "id": "b"})",
          R"({"id": 5, "principal": "anonymous", "action": "s3:GetObject", "resource": "arn:aws:s3:::b/k"})",
          R"({"id": "\u0041", "principal": "anonymous", "action": "s3:GetObject", "resource": "arn:aws:s3:::b/k"})",
          R"({"id": "a", "principal": "nobody", "action": "s3:GetObject", "resource": "arn:aws:s3:::b/k"})",
          R"({"id": "a", "principal": "anonymous", "action": "s3:GetObject", "resource": "arn:aws:s3:::b/k", "context": {"B": true, "a": false, "b": "x"}})",
          R"({"id": "a", "principal": "anonymous", "action": "s3:GetObject", "resource": "arn:aws:s3:::b/k", "context": {"k": 1, "k": 2}})",
          R"({"id": "a", "principal": "anonymous", "action": "s3:GetObject"} trailing)",
          R"(  {"id":"a","principal":"anonymous","action":"s3:GetObject","resource":"arn:aws:s3:::b/k","context":{}}  )",
      })
    check(line);
}

TEST(RequestFastReader, TheRealisticMixTakesTheFastPath) {
  std::ifstream in(std::string(BSLC_SOURCE_DIR) + "/tests/sim/realistic_bucket.json");
  std::stringstream text;
  text << in.rdbuf();
  const auto c = nlohmann::json::parse(text.str());
  size_t n = 0;
  for (auto r : c["requests"]) {
    if (r.contains("object")) continue;  // object state: the general reader's
    for (const char* k : {"expect", "statements", "reason", "encryption", "note"}) r.erase(k);
    EXPECT_TRUE(check(r.dump())) << r.dump();
    ++n;
  }
  EXPECT_GT(n, 20u);
}

}  // namespace
}  // namespace bslc::sim
