// Hand-built ir::Model fixtures for the checker tests. A Spec is an in-memory
// Source whose text reads like the BSL that would produce the model; origins
// point at snippets of it, so each test can assert the exact span reported.
#pragma once
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "check/check.h"
#include "diag/diagnostic.h"
#include "ir/model.h"
#include "source/source.h"

namespace bslc::check::testing {

class Spec {
 public:
  explicit Spec(std::string text, std::string name = "spec.bsl")
      : src_(std::make_shared<Source>(std::move(name), std::move(text))) {}

  // The location of the first occurrence of `needle` (the test fails if absent).
  Location at(std::string_view needle) const {
    const size_t pos = src_->text().find(needle);
    EXPECT_NE(pos, std::string::npos) << "snippet not in spec: " << needle;
    if (pos == std::string::npos) return Location{src_, Span{0, 0}};
    return Location{src_, Span{static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + needle.size())}};
  }
  ir::Origin origin(std::string_view needle, std::string profile = {}) const {
    return ir::Origin{at(needle), false, std::move(profile)};
  }
  const SourcePtr& source() const { return src_; }

 private:
  SourcePtr src_;
};

// A bucket as sema would leave it: secure defaults with defaulted origins at
// the bucket's name, owned by account 111122223333 in us-east-1.
inline ir::Bucket bucket(const Spec& spec, const std::string& id, const std::string& name) {
  ir::Bucket b;
  b.id = id;
  b.name = name;
  b.loc = spec.at("bucket " + id);
  b.loc.span.begin += 7;  // the name after `bucket `
  b.account = "111122223333";
  const ir::Origin defaulted{b.loc, true, ""};
  b.name_origin = b.encryption.origin = b.transport.origin = b.public_access.origin = b.ownership_origin =
      b.versioning.origin = defaulted;
  return b;
}

inline ir::Principal principal(ir::PrincipalKind kind, std::string name, std::string value, std::string account,
                               ir::Origin origin = {}) {
  ir::Principal p;
  p.kind = kind;
  p.name = std::move(name);
  p.value = std::move(value);
  p.account = std::move(account);
  p.origin = std::move(origin);
  return p;
}

inline std::vector<diag::Diagnostic> run(const ir::Model& model, const Options& options = {}) {
  diag::DiagnosticSink sink;
  check_model(model, sink, options);
  return sink.take();
}

inline std::vector<diag::Diagnostic> with_code(const std::vector<diag::Diagnostic>& ds, diag::Code code) {
  std::vector<diag::Diagnostic> out;
  for (const auto& d : ds)
    if (d.code == code) out.push_back(d);
  return out;
}

inline std::string codes(const std::vector<diag::Diagnostic>& ds) {
  std::string out;
  for (const auto& d : ds) out += std::string(diag::info(d.code).id) + ": " + d.message + "\n";
  return out;
}

// Exactly one `code` diagnostic, with its default severity, at `at`.
inline diag::Diagnostic expect_one(const std::vector<diag::Diagnostic>& ds, diag::Code code, const Location& at) {
  const auto found = with_code(ds, code);
  EXPECT_EQ(found.size(), 1u) << "expected one " << diag::info(code).id << ", got:\n" << codes(ds);
  if (found.empty()) return {};
  const diag::Diagnostic& d = found.front();
  EXPECT_EQ(d.severity, diag::info(code).default_severity);
  EXPECT_EQ(d.loc.source, at.source);
  EXPECT_EQ(d.loc.span, at.span) << "message: " << d.message;
  EXPECT_FALSE(d.message.empty());
  EXPECT_FALSE(d.help.empty()) << diag::info(code).id << " has no help line";
  EXPECT_TRUE(d.message[0] < 'A' || d.message[0] > 'Z') << "messages start lowercase: " << d.message;
  return d;
}

inline void expect_none(const std::vector<diag::Diagnostic>& ds, diag::Code code) {
  EXPECT_TRUE(with_code(ds, code).empty()) << "unexpected " << diag::info(code).id << ":\n" << codes(ds);
}

}  // namespace bslc::check::testing
