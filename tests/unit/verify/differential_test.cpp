// The verifier against the simulator on the simulator's own corpus: for many
// random requests drawn from the verifier's request space, the SMT encoding's
// verdict (closed world: exactly the given identity policies) must equal the
// simulator's decision. The corpus covers every operator, qualifier,
// principal form, Block Public Access, KMS, object lock and MFA delete.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "policy/json_value.h"
#include "sim/bucket.h"
#include "sim/inputs_json.h"
#include "unit/verify/corpus.h"
#include "verify/verify.h"

namespace bslc::verify {
namespace {

namespace fs = std::filesystem;
using json = nlohmann::json;

class Differential : public ::testing::TestWithParam<std::string> {};

TEST_P(Differential, SmtVerdictEqualsSimulatorOnRandomRequests) {
  std::ifstream in(corpus_dir() / GetParam());
  std::stringstream text;
  text << in.rdbuf();
  const json c = json::parse(text.str());
  const sim::BucketConfig config = config_of(c);
  Verifier verifier(config, bucket_arn_of(c), {}, Options{.closed_world = true});
  const auto simulator = sim::BucketSimulator::create(config).simulator;
  int allowed = 0;
  const int samples = 10000;
  for (int i = 0; i < samples; ++i) {
    const auto s = verifier.sample(static_cast<uint64_t>(i) * 7919 + 17);
    const auto r = simulator.evaluate(s.request, sim::EvalOptions{.trace = true});
    allowed += r.allowed();
    ASSERT_EQ(s.smt_allows, r.allowed()) << "request: " << s.request.principal << " " << s.request.action << " "
                                         << s.request.resource <<
        [&] {
          std::string ctx;
          for (const auto& e : s.request.context)
            ctx +=
                "\n  " + e.key + " = " + e.value.text +
                (e.value.kind == sim::ContextValue::Kind::List ? "[" + std::to_string(e.value.items.size()) + "]" : "");
          if (s.request.object) ctx += "\n  (object state)";
          return ctx;
        }() << "\n" << sim::explain(r);
  }
  RecordProperty("allowed", allowed);
}

INSTANTIATE_TEST_SUITE_P(Corpus, Differential, ::testing::ValuesIn(corpus_files()), corpus_test_name);

}  // namespace
}  // namespace bslc::verify
