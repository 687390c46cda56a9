// The verifier on every example and golden spec's emitted documents:
//  - differential: for 10,000 random requests per bucket, drawn from the
//    verifier's request space, the SMT encoding's verdict (identity policies
//    exactly as emitted) equals the simulator's decision;
//  - mutations: dropping the TLS deny refutes the TLS property with
//    `aws:SecureTransport = false`, widening a grant's prefix refutes the
//    confinement property, and both counterexamples replay in the simulator.
#include <gtest/gtest.h>

#include <filesystem>

#include "driver/bucket_config.h"
#include "driver/pipeline.h"
#include "sim/bucket.h"
#include "verify/properties.h"
#include "verify/verify.h"

namespace bslc {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> specs() {
  std::vector<std::string> out;
  for (const char* root : {"examples", "tests/golden"}) {
    for (const auto& e : fs::recursive_directory_iterator(fs::path(BSLC_SOURCE_DIR) / root)) {
      const std::string name = e.path().filename().string();
      if (e.path().extension() != ".bsl" || name.starts_with("error.") || name.starts_with("_")) continue;
      out.push_back(fs::relative(e.path(), BSLC_SOURCE_DIR).string());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

class VerifyOutputs : public ::testing::TestWithParam<std::string> {};

TEST_P(VerifyOutputs, SmtVerdictEqualsSimulatorOnRandomRequests) {
  const std::string spec = (fs::path(BSLC_SOURCE_DIR) / GetParam()).string();
  auto result = driver::run_pipeline({spec}, driver::PipelineOptions{.target_warnings = false, .verify = false});
  ASSERT_TRUE(result.documents.has_value()) << spec;
  for (const auto& bucket : result.analysis.model.buckets) {
    for (const auto& docs : result.documents->buckets) {
      if (docs.bucket_id != bucket.id) continue;
      const auto simulated = driver::simulated_bucket(bucket, docs);
      verify::Options options{.closed_world = true};
      options.attached_by_account = simulated.attached_by_account;
      verify::Verifier verifier(simulated.config, bucket.arn(), {}, options);
      const auto simulator = sim::BucketSimulator::create(verifier.config()).simulator;
      size_t allowed = 0;
      for (uint64_t i = 0; i < 10000; ++i) {
        const auto s = verifier.sample(i * 2654435761u + 1);
        const auto r = simulator.evaluate(s.request);
        allowed += r.allowed();
        ASSERT_EQ(s.smt_allows, r.allowed()) << bucket.id << ": " << s.request.principal << " " << s.request.action
                                             << " " << s.request.resource << "\n"
                                             << sim::explain(simulator.evaluate(s.request, {.trace = true}));
      }
      // A bucket with an owner and grants allows some requests: a sample of denials alone would prove little.
      if (!bucket.account.empty() && !bucket.grants.empty()) {
        EXPECT_GT(allowed, 0u) << bucket.id << ": no sampled request is allowed; the sample says nothing";
      }
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Specs, VerifyOutputs, ::testing::ValuesIn(specs()), [](const auto& info) {
  std::string name = info.param;
  for (char& c : name)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return name;
});

// The PHI-records example, compiled, with one statement of its bucket policy changed.
struct Mutated {
  sim::BucketConfig config;
  std::vector<verify::NamedClaim> claims;
  verify::Options options;
  std::string arn;
};

template <typename Mutate>
Mutated phi_records(Mutate mutate) {
  const std::string spec = std::string(BSLC_SOURCE_DIR) + "/examples/phi-records/records.bsl";
  auto result = driver::run_pipeline({spec}, driver::PipelineOptions{.target_warnings = false, .verify = false});
  const ir::Bucket& bucket = *result.analysis.model.find_bucket("records");
  const lower::BucketOutput* docs = nullptr;
  for (const auto& b : result.documents->buckets)
    if (b.bucket_id == "records") docs = &b;
  auto simulated = driver::simulated_bucket(bucket, *docs);
  mutate(simulated.config);
  Mutated m{simulated.config, verify::claims_for(result.analysis.model, bucket),
            {}, bucket.arn()};
  m.options.attached_by_account = simulated.attached_by_account;
  return m;
}

verify::Outcome outcome_of(const Mutated& m, const std::string& title) {
  std::vector<verify::Claim> claims;
  size_t index = m.claims.size();
  for (size_t i = 0; i < m.claims.size(); ++i) {
    claims.push_back(m.claims[i].claim);
    if (m.claims[i].title == title) index = i;
  }
  EXPECT_LT(index, m.claims.size()) << "no claim `" << title << "`";
  verify::Verifier v(m.config, m.arn, claims, m.options);
  return v.check(index);
}

TEST(VerifyMutations, UnchangedExampleProvesItsProperties) {
  const Mutated m = phi_records([](sim::BucketConfig&) {});
  EXPECT_EQ(outcome_of(m, "nothing is allowed over plain HTTP").verdict, verify::Verdict::Proved);
  EXPECT_EQ(outcome_of(m, "the partner reads and writes nothing outside exports/").verdict, verify::Verdict::Proved);
}

TEST(VerifyMutations, DroppingTheTlsDenyRefutesTheTlsProperty) {
  const Mutated m = phi_records([](sim::BucketConfig& c) {
    auto& st = c.bucket_policy->statements;
    const auto before = st.size();
    std::erase_if(st, [](const policy::Statement& s) { return s.sid == "DenyInsecureTransport"; });
    ASSERT_EQ(st.size() + 1, before);
  });
  const auto o = outcome_of(m, "nothing is allowed over plain HTTP");
  ASSERT_EQ(o.verdict, verify::Verdict::Violated);
  const sim::ContextValue* tls = o.counterexample->request.find("aws:SecureTransport");
  ASSERT_NE(tls, nullptr);
  EXPECT_EQ(tls->text, "false");
  EXPECT_EQ(o.counterexample->decision, sim::Decision::Allow);
}

TEST(VerifyMutations, WideningAPrefixRefutesTheConfinementProperty) {
  const Mutated m = phi_records([](sim::BucketConfig& c) {
    bool widened = false;
    for (auto& s : c.bucket_policy->statements) {
      for (auto& r : s.resources) {
        if (r.ends_with("/exports/*")) {
          r = "arn:aws:s3:::acme-patient-records/*";
          widened = true;
        }
      }
    }
    ASSERT_TRUE(widened);
  });
  const auto o = outcome_of(m, "the partner reads and writes nothing outside exports/");
  ASSERT_EQ(o.verdict, verify::Verdict::Violated);
  EXPECT_EQ(o.counterexample->request.resource.find("/exports/"), std::string::npos);
  EXPECT_EQ(o.counterexample->decision, sim::Decision::Allow);
}

}  // namespace
}  // namespace bslc
