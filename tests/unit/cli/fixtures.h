// Small specs the CLI tests compile. Kept minimal so they exercise the
// driver's behaviour (exit codes, files, atomicity), not the language.
#pragma once
#include <filesystem>
#include <map>
#include <string>

#include "unit/driver/temp_dir.h"

namespace bslc::testing {

inline constexpr const char* kCleanSpec = R"bsl(// Two buckets, one cross-account grant, one test block.
account partner = "444455556666"

bucket records {
  name "acme-cli-records"
  account "111122223333"
  grant partner read prefix "exports/"
}

bucket scratch {
  name "acme-cli-scratch"
  account "111122223333"
}

test "partner reads exports only" {
  expect allow partner s3:GetObject "records/exports/a.csv" with { aws:SecureTransport = true }
  expect deny  partner s3:GetObject "records/charts/a.csv" with { aws:SecureTransport = true }
}
)bsl";

// kCleanSpec without the `scratch` bucket: compiling it over kCleanSpec's
// output makes scratch's files stale.
inline constexpr const char* kOneBucketSpec = R"bsl(account partner = "444455556666"

bucket records {
  name "acme-cli-records"
  account "111122223333"
  grant partner read prefix "exports/"
}
)bsl";

inline constexpr const char* kWarningSpec = R"bsl(role admin = "arn:aws:iam::111122223333:role/SecurityAdmin"

bucket data {
  name "acme-cli-warning"
  account "111122223333"
  only_via source_ip "10.0.0.0/8" except admin
}
)bsl";
inline constexpr const char* kWarningCode = "W0401";

inline constexpr const char* kErrorSpec = R"bsl(bucket data {
  name "acme-cli-error"
  grant nobody read
}
)bsl";

inline constexpr const char* kSyntaxErrorSpec = "bucket data {\n  name \"acme-cli-syntax\"\n";

inline constexpr const char* kFailingTestSpec = R"bsl(account partner = "444455556666"

bucket records {
  name "acme-cli-failing"
  account "111122223333"
  grant partner read prefix "exports/"
}

test "a wrong expectation" {
  expect allow partner s3:GetObject "records/charts/a.csv" with { aws:SecureTransport = true }
  expect allow partner s3:GetObject "records/exports/a.csv" with { aws:SecureTransport = true }
}
)bsl";

// Every regular file under `dir`: relative path -> bytes.
inline std::map<std::string, std::string> snapshot(const std::filesystem::path& dir) {
  std::map<std::string, std::string> files;
  if (!std::filesystem::exists(dir)) return files;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir)) {
    if (e.is_regular_file())
      files[std::filesystem::relative(e.path(), dir).generic_string()] = read_file(e.path());
    else if (e.is_directory())
      files[std::filesystem::relative(e.path(), dir).generic_string() + "/"] = "";
  }
  return files;
}

}  // namespace bslc::testing
