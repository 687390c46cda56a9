// Invariants every emitted bucket policy must keep, checked with the
// simulator on the checked-in outputs of every example and golden case:
//  - no anonymous request is allowed unless the spec grants public access;
//  - no request over plain HTTP is allowed unless the spec allows HTTP.
// For each Allow statement a probe request is built that the statement
// grants over HTTPS (the probe is checked to really be allowed, so the test
// cannot pass vacuously); the same request over HTTP, and anonymously, must
// then be refused. Callers get an allow-everything identity policy, so only
// the bucket policy's own denies can refuse them.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "policy/json.h"
#include "sim/bucket.h"

namespace bslc {
namespace {
namespace fs = std::filesystem;

std::string read_text(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct PolicyFile {
  fs::path path;
  std::string spec_text;  // the spec that produced it (to see what it allows)
};

// examples/<name>/out/<bucket>/bucket-policy.json and tests/golden/<topic>/<case>.out/<bucket>/bucket-policy.json.
std::vector<PolicyFile> emitted_bucket_policies() {
  std::vector<PolicyFile> out;
  const fs::path root(BSLC_SOURCE_DIR);
  for (const fs::path base : {root / "examples", root / "tests" / "golden"}) {
    if (!fs::exists(base)) continue;
    for (const auto& entry : fs::recursive_directory_iterator(base)) {
      if (entry.path().filename() != "bucket-policy.json") continue;
      // Walk up to the output folder and find the spec beside it.
      fs::path out_dir = entry.path().parent_path().parent_path();
      std::string spec;
      if (out_dir.filename() == "out") {
        for (const auto& f : fs::directory_iterator(out_dir.parent_path()))
          if (f.path().extension() == ".bsl") spec += read_text(f.path());
      } else {
        fs::path case_spec = out_dir;
        case_spec.replace_extension(".bsl");  // <case>.out -> <case>.bsl; <case>.out-json likewise
        spec = read_text(case_spec);
      }
      out.push_back(PolicyFile{entry.path(), spec});
    }
  }
  std::sort(out.begin(), out.end(), [](const PolicyFile& a, const PolicyFile& b) { return a.path < b.path; });
  return out;
}

std::string concrete(std::string s) {
  for (auto pos = s.find('*'); pos != std::string::npos; pos = s.find('*')) s.replace(pos, 1, "probe");
  for (auto pos = s.find('?'); pos != std::string::npos; pos = s.find('?')) s.replace(pos, 1, "p");
  return s;
}

bool carries_identity(std::string_view key) {
  std::string k(key);
  for (char& c : k) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (std::string_view prefix : {"aws:principal", "aws:sourcearn", "aws:sourceaccount", "aws:sourceowner",
                                  "aws:userid", "aws:username"})
    if (k.rfind(prefix, 0) == 0) return true;
  return false;
}

const policy::Document kAllowEverything = [] {
  policy::Document d;
  policy::Statement s;
  s.effect = policy::Effect::Allow;
  s.actions = {"*"};
  s.resources = {"*"};
  d.statements.push_back(s);
  return d;
}();

// A request the statement grants: its first principal, action and resource,
// with every positive condition satisfied by its first value.
std::optional<sim::Request> probe_for(const policy::Statement& st) {
  if (st.effect != policy::Effect::Allow || st.not_action || st.not_resource || !st.principal) return std::nullopt;
  if (st.actions.empty() || st.resources.empty()) return std::nullopt;
  sim::Request r;
  const policy::Principal& p = *st.principal;
  if (!p.service.empty()) r.principal = p.service.front();
  else if (!p.aws.empty() && p.aws.front() != "*") r.principal = p.aws.front();
  else r.principal = "arn:aws:iam::999988887777:role/probe";
  if (r.principal.size() == 12) r.principal = "arn:aws:iam::" + r.principal + ":root";
  r.action = concrete(st.actions.front());
  if (r.action.find("probe") != std::string::npos) return std::nullopt;  // wildcard action: no single probe
  r.resource = concrete(st.resources.front());
  for (const auto& [op, keys] : st.condition) {
    const bool positive = op.rfind("String", 0) == 0 || op.rfind("Arn", 0) == 0 || op == "Bool" ||
                          op.rfind("Numeric", 0) == 0 || op == "IpAddress";
    if (!positive || op.find("Not") != std::string::npos) return std::nullopt;
    for (const auto& [key, values] : keys) r.set(key, concrete(values.front()));
  }
  r.set("aws:SecureTransport", true);
  r.set("s3:TlsVersion", sim::ContextValue::number("1.3"));
  return r;
}

TEST(PolicyInvariants, NoAnonymousOrPlainHttpAccessUnlessTheSpecAsks) {
  const auto files = emitted_bucket_policies();
  ASSERT_FALSE(files.empty()) << "no emitted bucket policies found";
  size_t probes = 0;
  for (const auto& file : files) {
    auto read = policy::read_json(read_text(file.path));
    ASSERT_TRUE(read.ok()) << file.path;
    const bool spec_allows_public = file.spec_text.find("grant public") != std::string::npos;
    const bool spec_allows_http = file.spec_text.find("allow_http") != std::string::npos;
    for (const auto& st : read.document.statements) {
      auto probe = probe_for(st);
      if (!probe) continue;
      sim::BucketConfig config;
      config.bucket_policy = read.document;
      config.identities[probe->principal] = {kAllowEverything};
      auto created = sim::BucketSimulator::create(config);
      const auto& simulator = created.simulator;
      if (simulator.evaluate(*probe).decision != sim::Decision::Allow) continue;  // the probe missed a condition
      ++probes;
      if (!spec_allows_http) {
        sim::Request http = *probe;
        http.set("aws:SecureTransport", false);
        EXPECT_NE(simulator.evaluate(http).decision, sim::Decision::Allow)
            << file.path << ": statement " << st.sid << " allows " << http.action << " over plain HTTP";
      }
      if (!spec_allows_public) {
        // An anonymous caller has no identity: drop the keys only a signed
        // principal (or a service acting for a resource) can carry.
        sim::Request anonymous = *probe;
        anonymous.principal = "anonymous";
        std::erase_if(anonymous.context, [](const sim::ContextEntry& e) { return carries_identity(e.key); });
        EXPECT_NE(simulator.evaluate(anonymous).decision, sim::Decision::Allow)
            << file.path << ": statement " << st.sid << " allows an anonymous " << anonymous.action;
      }
    }
  }
  // Guard against a vacuous pass: most grants must have produced a working probe.
  EXPECT_GE(probes, files.size() / 2) << "too few probes were allowed over HTTPS; the probe builder is broken";
}

}  // namespace
}  // namespace bslc
