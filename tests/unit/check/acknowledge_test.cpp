// Acknowledgements: suppression per bucket, unused ones (W0415), malformed
// ones (E0419 E0420 E0421), and attribution of profile settings.
#include "check/acknowledge.h"

#include "fixture.h"

namespace bslc::check::testing {
namespace {

using diag::Code;

ir::Acknowledgement ack(const Spec& spec, const std::string& code, const std::string& reason, std::string_view at,
                        std::string profile = {}) {
  return ir::Acknowledgement{code, reason, spec.origin(at, std::move(profile))};
}

struct TwoBuckets {
  Spec spec{R"(bucket a { object_lock compliance 7 years
  acknowledge W0409 because "WORM is a legal requirement" }
bucket b { object_lock compliance 7 years B })"};
  ir::Model model;
  TwoBuckets() {
    for (const char* id : {"a", "b"}) {
      auto x = bucket(spec, id, std::string("acme-") + id + "-archive");
      x.versioning.state = ir::VersioningState::Enabled;
      x.object_lock.enabled = true;
      x.object_lock.mode = ir::LockMode::Compliance;
      x.object_lock.years = 7;
      model.buckets.push_back(x);
    }
    model.buckets[0].object_lock.origin = spec.origin("object_lock compliance 7 years\n");
    model.buckets[1].object_lock.origin = spec.origin("object_lock compliance 7 years B");
    model.buckets[0].acknowledgements.push_back(ack(spec, "W0409", "WORM is a legal requirement", "acknowledge W0409"));
  }
};

TEST(Acknowledge, SuppressesOnlyItsOwnBucket) {
  TwoBuckets t;
  auto ds = run(t.model);
  ASSERT_EQ(with_code(ds, Code::W0409).size(), 2u) << codes(ds);
  EXPECT_EQ(apply_acknowledgements(t.model, ds), 1u);
  const auto left = with_code(ds, Code::W0409);
  ASSERT_EQ(left.size(), 1u);
  EXPECT_EQ(left[0].loc.span, t.spec.at("object_lock compliance 7 years B").span);
  expect_none(ds, Code::W0415);
}

TEST(Acknowledge, UnusedAcknowledgementWarns) {
  TwoBuckets t;
  t.model.buckets[0].object_lock.mode = ir::LockMode::Governance;
  t.model.buckets[0].object_lock.bypass = ir::BypassMode::Only;
  t.model.buckets[0].object_lock.bypass_principals = {
      principal(ir::PrincipalKind::Role, "admin", "arn:aws:iam::111122223333:role/Admin", "111122223333")};
  auto ds = run(t.model);
  EXPECT_EQ(apply_acknowledgements(t.model, ds), 0u);
  expect_one(ds, Code::W0415, t.spec.at("acknowledge W0409"));
}

TEST(Acknowledge, StagedUseAcrossCalls) {
  TwoBuckets t;
  Acknowledger acknowledger(t.model);
  auto first = run(t.model);
  acknowledger.apply(first);
  std::vector<diag::Diagnostic> later;  // a later stage reports nothing more
  acknowledger.apply(later);
  EXPECT_TRUE(acknowledger.unused().empty());
}

TEST(Acknowledge, ErrorsStayUnlessAcknowledgeable) {
  Spec spec(R"(bucket r { only_via vpce "vpce-1a2b3c4d"
  acknowledge E0416 because "break-glass is the root user"
  versioning off { mfa_delete on } })");
  ir::Model m;
  auto b = bucket(spec, "r", "acme-r");
  b.perimeters.push_back(
      ir::Perimeter{ir::PerimeterKind::VpcEndpoint, {"vpce-1a2b3c4d"}, {}, spec.origin("only_via vpce")});
  b.versioning.mfa_delete = true;
  b.versioning.mfa_delete_origin = spec.origin("mfa_delete on");
  b.acknowledgements.push_back(ack(spec, "E0416", "break-glass is the root user", "acknowledge E0416"));
  m.buckets.push_back(b);
  auto ds = run(m);
  expect_none(ds, Code::E0419);
  apply_acknowledgements(m, ds);
  expect_none(ds, Code::E0416);
  expect_one(ds, Code::E0402, spec.at("mfa_delete on"));
}

TEST(Acknowledge, MalformedAcknowledgements) {
  Spec spec(R"(bucket r { acknowledge E0401 because "x"
  acknowledge W9999 because "x"
  acknowledge W0402 because "  " })");
  ir::Model m;
  auto b = bucket(spec, "r", "acme-r");
  b.acknowledgements = {ack(spec, "E0401", "x", "acknowledge E0401"), ack(spec, "W9999", "x", "acknowledge W9999"),
                        ack(spec, "W0402", "  ", "acknowledge W0402")};
  m.buckets.push_back(b);
  auto ds = run(m);
  expect_one(ds, Code::E0419, spec.at("acknowledge E0401"));
  expect_one(ds, Code::E0420, spec.at("acknowledge W9999"));
  expect_one(ds, Code::E0421, spec.at("acknowledge W0402"));
  apply_acknowledgements(m, ds);
  // Only the valid (if blank-reasoned) one can be unused.
  const auto unused = with_code(ds, Code::W0415);
  ASSERT_EQ(unused.size(), 1u);
  EXPECT_EQ(unused[0].loc.span, spec.at("acknowledge W0402").span);
}

TEST(Acknowledge, ProfileSettingIsAttributedThroughTheBucketNote) {
  Spec spec(R"(profile worm { object_lock compliance 7 years }
bucket a { use worm
  acknowledge W0409 because "legal hold of seven years" }
bucket b { use worm })");
  ir::Model m;
  for (const char* id : {"a", "b"}) {
    auto x = bucket(spec, id, std::string("acme-") + id + "-archive");
    x.versioning.state = ir::VersioningState::Enabled;
    x.object_lock.enabled = true;
    x.object_lock.mode = ir::LockMode::Compliance;
    x.object_lock.years = 7;
    x.object_lock.origin = spec.origin("object_lock compliance 7 years", "worm");
    m.buckets.push_back(x);
  }
  m.buckets[0].acknowledgements.push_back(ack(spec, "W0409", "legal hold of seven years", "acknowledge W0409"));
  auto ds = run(m);
  const auto before = with_code(ds, Code::W0409);
  ASSERT_EQ(before.size(), 2u);
  EXPECT_EQ(before[0].notes.back().loc.span, m.buckets[0].loc.span);  // "in bucket `a`, which uses profile `worm`"
  apply_acknowledgements(m, ds);
  const auto after = with_code(ds, Code::W0409);
  ASSERT_EQ(after.size(), 1u);
  EXPECT_EQ(after[0].notes.back().loc.span, m.buckets[1].loc.span);
}

TEST(Acknowledge, AcknowledgeableCodes) {
  EXPECT_TRUE(acknowledgeable(Code::W0409));
  EXPECT_TRUE(acknowledgeable(Code::E0416));
  EXPECT_FALSE(acknowledgeable(Code::E0401));
  EXPECT_FALSE(acknowledgeable(Code::E0101));
}

}  // namespace
}  // namespace bslc::check::testing
