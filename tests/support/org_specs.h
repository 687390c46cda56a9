// Generated organization-scale specs for the scale test and the benchmarks:
// N realistic buckets (SSE-KMS with a new key, TLS 1.2, versioning, object
// lock with a bypass role, access logging to one shared log bucket, tag
// restriction, protection and required tags, three grants), logging to one
// log bucket per 25 buckets (a log bucket's policy names its sources, and
// must stay under 20 KB). Every bucket differs (name, key alias, log
// prefix), so nothing can be shared between them by accident.
#pragma once
#include <algorithm>
#include <string>
#include <vector>

namespace bslc::testing {

// The declarations every bucket uses.
inline std::string org_header() {
  return "import \"log_destination\"\n"
         "account owner   = \"111122223333\"\n"
         "account partner = \"444455556666\"\n"
         "role    admin   = \"arn:aws:iam::111122223333:role/SecurityAdmin\"\n"
         "role    writer  = \"arn:aws:iam::111122223333:role/Writer\"\n";
}

// Buckets [first, first + count) (and their log buckets), without the header.
inline std::string org_buckets(size_t first, size_t count, const std::string& grant_prefix = "exports/") {
  std::string s;
  for (size_t i = first; i < first + count; ++i) {
    const std::string n = std::to_string(i);
    const std::string logs = "logs" + std::to_string(i / 25);
    if (i % 25 == 0) {
      s += "bucket " + logs + " {\n  name \"acme-org-" + logs + "\"\n  region \"us-east-1\"\n";
      s += "  account owner\n  use log_destination\n}\n";
    }
    s += "bucket b" + n + " {\n";
    s += "  name \"acme-data-" + n + "\"\n";
    s += "  region \"us-east-1\"\n  account owner\n";
    s += "  encryption sse_kms { key new \"alias/data-" + n + "\" }\n";
    s += "  transport tls_only { min_version 1.2 }\n";
    s += "  versioning on\n";
    s += "  object_lock governance 30 days { bypass only admin }\n";
    s += "  logging to " + logs + " prefix \"b" + n + "/\"\n";
    s += "  restrict tag Classification = \"Secret\" to principal_tag Clearance = \"Secret\"\n";
    s += "  protect tag Classification except admin\n";
    s += "  require tag Classification in [\"Secret\", \"Internal\"] on upload\n";
    s += "  grant partner read prefix \"" + grant_prefix + "\"\n";
    s += "  grant writer read_write prefix \"data/\"\n";
    s += "  grant admin list\n";
    s += "}\n";
  }
  return s;
}

inline std::string org_spec(size_t buckets, const std::string& grant_prefix = "exports/") {
  return org_header() + org_buckets(0, buckets, grant_prefix);
}

// The same organization as files of at most 1,000 buckets each (a spec file
// may not exceed 2 MB): the header first, then the buckets, one compilation.
inline std::vector<std::string> org_spec_files(size_t buckets) {
  std::vector<std::string> files = {org_header()};
  for (size_t first = 0; first < buckets; first += 1000)
    files.push_back(org_buckets(first, std::min<size_t>(1000, buckets - first)));
  return files;
}

}  // namespace bslc::testing
