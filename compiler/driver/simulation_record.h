// <bucket>/simulation.json, written by `bslc compile` beside a bucket's
// policy files: what the simulator needs besides those files — the owner
// account, the bucket settings CloudFormation and Terraform configure (in the
// form `bslc simulate --settings` reads), which key policy applies and whom
// each identity policy is for — plus the bucket's settings summary
// (bucket_summary.h) and where the spec declares it. With it a compiled
// folder is a side of `bslc diff`, judged exactly as the spec it came from.
//
//   {"bucket": "acme-records", "arn": "arn:aws:s3:::acme-records", "resource_account": "111122223333",
//    "declared_at": "records.bsl:12", "settings": {...},
//    "kms_key_policy": "kms-key-policy.json",          (only when it governs the bucket's key)
//    "identity_policies": [{"file": "iam/partner.json", "holder": "arn:aws:iam::444455556666:root",
//                           "attached_by_account": "444455556666"}],
//    "summary": {"encryption": "sse_kms (new key)", ...}}
#pragma once
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "driver/bucket_config.h"
#include "driver/bucket_summary.h"
#include "driver/sim_support.h"

namespace bslc::driver {

inline constexpr const char* kSimulationRecordName = "simulation.json";

nlohmann::ordered_json simulation_record(const ir::Bucket& bucket, const lower::BucketOutput& docs,
                                         const std::string& declared_at);

// One bucket of a compiled folder, read back.
struct CompiledBucket {
  std::string name, arn, declared_at;
  sim::BucketConfig config;
  std::vector<std::pair<std::string, policy::Document>> attached_by_account;
  SidLines lines;  // sources.json
  BucketSummary summary;
};

// Reads `folder` (a bucket's folder of a compiled output). Problems are
// reported on `err` ("bslc: error: path: message"); nullopt when any.
std::optional<CompiledBucket> read_compiled_bucket(const std::filesystem::path& folder, std::ostream& err);

}  // namespace bslc::driver
